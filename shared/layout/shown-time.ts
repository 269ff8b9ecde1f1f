import { DateTime } from "luxon";
import { DIGITS_LOCALE } from "../contacts/digits-locale.js";

/**
 * A run's start as a person reads it: "2026-12-01 08:15" in their time zone (the Time zone
 * setting), with the zone named when `withZone`. The Run log keeps the UTC ISO text other code
 * parses; text that is not such a time (edited by hand) is shown as it is.
 */
export function shownTime(iso: string, timeZone: string, withZone = true): string {
  const time = DateTime.fromISO(iso, { zone: "utc", locale: DIGITS_LOCALE });
  if (!time.isValid) return iso;
  const local = time.setZone(timeZone);
  const zone = local.isValid ? timeZone : "UTC";
  const text = (local.isValid ? local : time).toFormat("yyyy-MM-dd HH:mm");
  return withZone ? `${text}, ${zone}` : text;
}
