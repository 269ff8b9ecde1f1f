/**
 * Dates as whole day numbers (days since 1970-01-01): the rules only ever count calendar
 * days, and integers keep 100,000 rows fast and free of time-zone drift.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel and Google Sheets count days from 1899-12-30. */
export const SERIAL_EPOCH_OFFSET = 25_569;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  const time = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(time);
  // Date.UTC rolls 31 Feb over into March; a date that rolled over does not exist.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return undefined;
  return Math.floor(time / MS_PER_DAY);
}

export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - SERIAL_EPOCH_OFFSET;
}

export function dayToSerial(day: Day): number {
  return day + SERIAL_EPOCH_OFFSET;
}

/** A JavaScript Date's calendar day as shown in UTC (how spreadsheet libraries hand out date cells). */
export function dayFromUtcDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

const isoCache = new Map<Day, string>();

/** yyyy-mm-dd; cached, since a table repeats the same few hundred days (today above all). */
export function isoDay(day: Day): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = formatDay(day);
    if (isoCache.size < 100_000) isoCache.set(day, text);
  }
  return text;
}

/** By arithmetic (Howard Hinnant's civil_from_days), without Date objects. */
function formatDay(day: Day): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

export function dayFromIso(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
