import { columnLetter } from "../../contacts/header-match.js";

/** A tab name as A1 notation wants it: always quoted, inner quotes doubled (`'Run log'`). */
export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Tab'!C5:E9` for 0-based column indexes and 1-based row numbers. */
export function cellRange(
  tab: string,
  firstColumn: number,
  lastColumn: number,
  firstRow: number,
  lastRow: number,
): string {
  return `${quoteTab(tab)}!${columnLetter(firstColumn)}${firstRow}:${columnLetter(lastColumn)}${lastRow}`;
}

export function columnRange(tab: string, column: number): string {
  const letter = columnLetter(column);
  return `${quoteTab(tab)}!${letter}:${letter}`;
}
