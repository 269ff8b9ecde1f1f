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

export function isoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayFromIso(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
