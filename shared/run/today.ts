import { DateTime } from "luxon";
import { type Day, dayFromIso } from "../contacts/days.js";
import { DIGITS_LOCALE } from "../contacts/digits-locale.js";
import { TendError } from "../errors/tend-error.js";

/** Today's calendar day in a time zone; the clock is a parameter so runs can be replayed. */
export function todayIn(timeZone: string, now: Date): Day {
  const local = DateTime.fromMillis(now.getTime(), { zone: timeZone, locale: DIGITS_LOCALE });
  return dayFromIso(local.toISODate() ?? "") as Day;
}

export function parseToday(text: string): Day {
  const day = dayFromIso(text.trim());
  if (day === undefined)
    throw new TendError("invalid-setup", `"${text}" is not a date: use YYYY-MM-DD, e.g. 2026-11-25`, {
      argument: "today",
    });
  return day;
}
