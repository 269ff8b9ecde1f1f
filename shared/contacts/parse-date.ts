import { type Day, dayFromParts, dayFromSerial, dayFromUtcDate } from "./days.js";

export type DateOrder = "MDY" | "DMY";
export type CellValue = string | number | boolean | Date | null | undefined;

export const ACCEPTED_DATES =
  "a date like 2026-11-03, 3 Nov 2026, Nov 3, 2026 or 11/03/2026, or a spreadsheet date cell";

/** Month names and their usual abbreviations, for every date form that spells the month. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

// Serial numbers typed as text are only believed in a plausible range (1954 to 2119), so a
// stray count like "12" is reported rather than read as a day in 1900.
const MIN_TEXT_SERIAL = 20_000;
const MAX_TEXT_SERIAL = 80_000;
const TIME_SUFFIX = String.raw`(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?`;

const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME_SUFFIX}$`);
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{2}|\d{4})${TIME_SUFFIX}$`,
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TIME_SUFFIX}$`,
);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})${TIME_SUFFIX}$`);
// `Sat Dec 14 08:57:55 UTC 2024`, as in LinkedIn's Company Follows.csv.
const UNIX_DATE = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) \d{2}:\d{2}:\d{2} [A-Z]{2,5} (\d{4})$/;

/** Reads one date cell; `undefined` for a blank cell, `null` when it cannot be read. */
export function parseDateCell(value: CellValue, order: DateOrder): Day | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayFromUtcDate(value);
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? dayFromSerial(value) : null;
  if (typeof value === "boolean") return null;
  if (value === "") return undefined;
  // A table repeats the same few hundred date texts: each is read once per date order.
  const seen = order === "MDY" ? seenMdy : seenDmy;
  let day = seen.get(value);
  if (day === undefined) {
    const text = value.trim();
    if (text === "") return undefined;
    day = parseDateText(text, order) ?? null;
    if (seen.size < SEEN_LIMIT) seen.set(value, day);
  }
  return day;
}

const seenMdy = new Map<string, Day | null>();
const seenDmy = new Map<string, Day | null>();
/** Bounds the memory when every cell differs (dates with times of day). */
const SEEN_LIMIT = 20_000;

function parseDateText(text: string, order: DateOrder): Day | undefined {
  let match = ISO.exec(text);
  if (match) return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return fromNamedMonth(match[3], match[2], match[1]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return fromNamedMonth(match[3], match[1], match[2]);
  match = NUMERIC.exec(text);
  if (match) {
    // Dotted dates are day-first wherever they are written; slashes follow the Date order setting.
    const dayFirst = match[2] === "." || order === "DMY";
    const [day, month] = dayFirst ? [match[1], match[3]] : [match[3], match[1]];
    return dayFromParts(fullYear(match[4]), Number(month), Number(day));
  }
  match = UNIX_DATE.exec(text);
  if (match) return fromNamedMonth(match[3], match[1], match[2]);
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= MIN_TEXT_SERIAL && serial <= MAX_TEXT_SERIAL) return dayFromSerial(serial);
  }
  return undefined;
}

function fromNamedMonth(year: string | undefined, monthName: string | undefined, day: string | undefined) {
  const month = MONTHS[(monthName ?? "").toLowerCase()];
  if (month === undefined || year === undefined) return undefined;
  return dayFromParts(fullYear(year), month, Number(day));
}

/** Two-digit years, as in LinkedIn's `1/8/18` and Excel's `5-Feb-24`, are this century. */
function fullYear(text: string | undefined): number {
  const year = Number(text);
  return text !== undefined && text.length === 2 ? 2000 + year : year;
}
