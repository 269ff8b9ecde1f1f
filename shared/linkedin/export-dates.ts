import { DateTime } from "luxon";
import { DIGITS_LOCALE } from "../contacts/digits-locale.js";
import { MONTHS } from "../contacts/parse-date.js";

/**
 * Dates as LinkedIn writes them in each file of the export, reduced to an ISO day (`yyyy-mm-dd`).
 * Only the day matters to Tend's rules, and most of these values carry no usable time zone
 * (`Sent At` has none; Connections.csv has no time at all), so the day is read as written and
 * never shifted between zones.
 */

/** How to read an all-numeric date such as `05/02/2024`: LinkedIn itself always writes month first. */
export type DateOrder = "MDY" | "DMY";

// A time after the day, as the different files write it: `18:03:11 UTC`, `, 6:14 PM`, `T08:00:00Z`.
const TIME = String.raw`(?:[T ,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?(?:[AaPp]\.?[Mm]\.?)? ?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?`;

// `2024-11-02 18:03:11 UTC` (messages.csv), `2024/02/01 15:02:55 UTC` (Endorsements), `2024-02-05`.
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
// `05 Feb 2024` (Connections.csv since 2021), `5-Feb-24` (after an Excel re-save).
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4}|\d{2})${TIME}$`);
// `Feb 5, 2024`: how a US spreadsheet may re-save it.
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`);
// `1/8/18, 6:14 PM` (Connections.csv in 2018, Invitations.csv today), `2/5/2024`.
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`);
// `Sat Dec 14 08:57:55 UTC 2024` (Company Follows.csv): Java's Date.toString().
const JAVA_DATE =
  /^(?:[A-Za-z]{3},? )?([A-Za-z]{3}) (\d{1,2}) \d{1,2}:\d{2}(?::\d{2})? (?:[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)? )?(\d{4})$/;

/**
 * Any date LinkedIn has written into an export since 2018, or what Excel makes of it, as an ISO
 * day; `undefined` when the text is not a date (the caller reports it with file and line).
 * `order` only matters for all-numeric dates: LinkedIn writes them month first.
 */
export function parseExportDate(text: string, order: DateOrder = "MDY"): string | undefined {
  // Newer ICU puts a narrow no-break space before AM/PM; a spreadsheet may add a no-break space.
  const value = text.replace(/[\u00a0\u202f\u2009]/g, " ").trim();
  if (value === "") return undefined;
  let match = YEAR_FIRST.exec(value);
  if (match) return isoDay(Number(match[1]), Number(match[3]), Number(match[4]));
  match = DAY_MONTH_NAME.exec(value);
  if (match) return fromMonthName(match[3], match[2], match[1]);
  match = SLASHED.exec(value);
  if (match) {
    const [month, day] = order === "DMY" ? [match[2], match[1]] : [match[1], match[2]];
    return isoDay(fullYear(match[3] ?? ""), Number(month), Number(day));
  }
  match = MONTH_NAME_DAY.exec(value);
  if (match) return fromMonthName(match[3], match[1], match[2]);
  match = JAVA_DATE.exec(value);
  if (match) return fromMonthName(match[3], match[1], match[2]);
  return undefined;
}

const MESSAGE_DATE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?: ?(?:UTC|Z))?$/;

/**
 * messages.csv's `2024-11-02 18:03:11 UTC`, read on a fast path because a big export has tens of
 * thousands of them; anything else falls back to {@link parseExportDate}. The day is the UTC day.
 */
export function parseMessageDate(text: string): string | undefined {
  if (!MESSAGE_DATE.test(text)) return parseExportDate(text);
  // Times differ on every row but days repeat: check each day once (luxon is the slow part).
  const prefix = text.slice(0, 10);
  if (checkedDays.has(prefix)) return checkedDays.get(prefix);
  const day = isoDay(Number(prefix.slice(0, 4)), Number(prefix.slice(5, 7)), Number(prefix.slice(8, 10)));
  checkedDays.set(prefix, day);
  return day;
}

/** `yyyy-mm-dd` -> the same text when the day exists; at most a few thousand entries per export. */
const checkedDays = new Map<string, string | undefined>();

/**
 * Which way round the all-numeric dates of one column are. LinkedIn writes month first, but a
 * file re-saved by a day-first spreadsheet holds `23/11/2021`: one first part above 12 (and no
 * second part above 12) proves the whole column is day first.
 */
export function slashDateOrder(values: Iterable<string>): DateOrder {
  let dayFirst = false;
  for (const value of values) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\//.exec(value);
    if (!match) continue;
    if (Number(match[2]) > 12) return "MDY";
    if (Number(match[1]) > 12) dayFirst = true;
  }
  return dayFirst ? "DMY" : "MDY";
}

/** The day a file was last modified, in the machine's zone, as the user's own clock showed it. */
export function localIsoDay(date: Date): string | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const day = DateTime.fromMillis(time, { locale: DIGITS_LOCALE });
  return day.isValid ? (day.toISODate() ?? undefined) : undefined;
}

/** `undefined` for days that do not exist (`31 Feb`), so they are reported instead of rolled over. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = DateTime.utc(year, month, day, { locale: DIGITS_LOCALE });
  return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}

function fromMonthName(year: string | undefined, monthName: string | undefined, day: string | undefined) {
  const month = MONTHS[(monthName ?? "").toLowerCase()];
  if (month === undefined || year === undefined) return undefined;
  return isoDay(fullYear(year), month, Number(day));
}

/** Two-digit years (`1/8/18`, `5-Feb-24`) are this century: LinkedIn did not exist before 2003. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}
