const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date cell's serial number as a UTC Date (the wall-clock time the cell shows). Serials below
 * 60 are one day off in the 1900 system, which counts a 29 February 1900 that never was.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY_MS));
  const shift = serial < 60 ? 1 : 0;
  return new Date(EPOCH_1900 + Math.round((serial + shift) * DAY_MS));
}

export function dateToSerial(date: Date, date1904: boolean): number {
  if (date1904) return (date.getTime() - EPOCH_1904) / DAY_MS;
  const serial = (date.getTime() - EPOCH_1900) / DAY_MS;
  return serial < 61 ? serial - 1 : serial;
}
