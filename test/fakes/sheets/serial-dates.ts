/**
 * Google's date serial numbers (days since 1899-12-30, time as the fraction of a day) and the
 * few date patterns the fake needs: the ones USER_ENTERED input produces for typed dates.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface TypedDate {
  serial: number;
  type: "DATE" | "DATE_TIME";
  pattern: string;
}

export function serialFromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | undefined {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return (ms - EPOCH_MS) / MS_PER_DAY;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Recognises `2024-02-05`, `2024-02-05 14:30`, `2/5/2024` and `2/5/2024 14:30:00` as typed dates. */
export function parseTypedDate(text: string): TypedDate | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    return typed(y, mo, d, h, mi, s, "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss");
  }
  const us = US.exec(text);
  if (us) {
    const [mo, d, y, h, mi, s] = us.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    return typed(y, mo, d, h, mi, s, "M/d/yyyy", "M/d/yyyy H:mm:ss");
  }
  return undefined;
}

function typed(
  y: number | undefined,
  mo: number | undefined,
  d: number | undefined,
  h: number | undefined,
  mi: number | undefined,
  s: number | undefined,
  datePattern: string,
  dateTimePattern: string,
): TypedDate | undefined {
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const serial = serialFromParts(y, mo, d, h ?? 0, mi ?? 0, s ?? 0);
  if (serial === undefined) return undefined;
  return h === undefined
    ? { serial, type: "DATE", pattern: datePattern }
    : { serial, type: "DATE_TIME", pattern: dateTimePattern };
}

const TOKENS = /yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am\/pm|./gi;

/** Formats a serial number with a Sheets date pattern (`yyyy-mm-dd`, `M/d/yyyy H:mm:ss`, ...). */
export function formatSerial(serial: number, pattern: string): string {
  const date = new Date(EPOCH_MS + Math.round(serial * MS_PER_DAY));
  const pad = (n: number) => String(n).padStart(2, "0");
  const hours = date.getUTCHours();
  const twelveHour = /am\/pm/i.test(pattern);
  let afterHour = false;
  let out = "";
  for (const token of pattern.match(TOKENS) ?? []) {
    const lower = token.toLowerCase();
    const wasAfterHour: boolean = afterHour;
    afterHour = false;
    if (lower === "yyyy") out += String(date.getUTCFullYear());
    else if (lower === "yy") out += pad(date.getUTCFullYear() % 100);
    else if (lower === "mmmm")
      out += new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(date);
    else if (lower === "mmm") out += MONTHS[date.getUTCMonth()] ?? "";
    else if (lower === "mm") out += wasAfterHour ? pad(date.getUTCMinutes()) : pad(date.getUTCMonth() + 1);
    else if (lower === "m")
      out += wasAfterHour ? String(date.getUTCMinutes()) : String(date.getUTCMonth() + 1);
    else if (lower === "dd") out += pad(date.getUTCDate());
    else if (lower === "d") out += String(date.getUTCDate());
    else if (lower === "hh" || lower === "h") {
      const h = twelveHour ? hours % 12 || 12 : hours;
      out += lower === "hh" ? pad(h) : String(h);
      afterHour = true;
    } else if (lower === "ss") out += pad(date.getUTCSeconds());
    else if (lower === "s") out += String(date.getUTCSeconds());
    else if (lower === "am/pm") out += hours < 12 ? "AM" : "PM";
    else {
      out += token;
      afterHour = wasAfterHour && token === ":";
    }
  }
  return out;
}
