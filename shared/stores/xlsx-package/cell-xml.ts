import { dateToSerial } from "./serial-date.js";
import { encodeCellText } from "./xml-text.js";

export type WrittenValue = string | number | Date | null;

/**
 * One <c> element. Strings go inline (t="inlineStr") so sharedStrings.xml stays as it is, and as
 * text: a value starting with "=" is never a formula here.
 */
export function cellXml(
  prefix: string,
  ref: string,
  value: WrittenValue,
  style: number | undefined,
  date1904: boolean,
): string {
  const open = `<${prefix}c r="${ref}"${style === undefined || style === 0 ? "" : ` s="${style}"`}`;
  if (value === null) return `${open}/>`;
  if (typeof value === "string") {
    const t = `${prefix}t`;
    return `${open} t="inlineStr"><${prefix}is><${t} xml:space="preserve">${encodeCellText(value)}</${t}></${prefix}is></${prefix}c>`;
  }
  const number = value instanceof Date ? dateToSerial(value, date1904) : value;
  if (!Number.isFinite(number))
    throw new Error(`cell ${ref}: ${String(value)} cannot be written as a number`);
  return `${open}><${prefix}v>${number}</${prefix}v></${prefix}c>`;
}
