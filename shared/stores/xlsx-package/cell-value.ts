import { serialToDate } from "./serial-date.js";
import type { CellValue } from "./types.js";
import { decodeOoxmlText } from "./xml-text.js";

export interface ValueContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** A cell's value from its t= and s= and the text of its <v> (or of its <is> for inline strings). */
export function cellValue(type: string, style: number, text: string, context: ValueContext): CellValue {
  switch (type) {
    case "s":
      return context.sharedStrings[Number(text)];
    case "inlineStr":
      return text;
    case "str":
      return decodeOoxmlText(text);
    case "b":
      return text === "1" || text === "true";
    case "e":
      return text;
    case "d":
      return isoDate(text);
    default: {
      const trimmed = text.trim();
      if (trimmed === "") return undefined;
      const number = Number(trimmed);
      if (Number.isNaN(number)) return undefined;
      return context.dateStyles[style] === true ? serialToDate(number, context.date1904) : number;
    }
  }
}

function isoDate(text: string): Date | undefined {
  // t="d" holds an ISO 8601 date; without a zone it is the wall-clock time, kept as UTC like serials.
  const trimmed = text.trim();
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(trimmed) || !trimmed.includes("T") ? trimmed : `${trimmed}Z`;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(zoned) ? `${zoned}T00:00:00Z` : zoned);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
