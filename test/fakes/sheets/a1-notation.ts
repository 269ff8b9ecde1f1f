/**
 * A1 notation as the Sheets API reads and writes it: `'Run log'!A2:E`, `Contacts`, `Sheet1!A:A`.
 * Bounds are 0-based and half-open, like the API's GridRange; `undefined` means "to the end".
 */

export interface A1Bounds {
  startRow: number;
  startCol: number;
  endRow: number | undefined;
  endCol: number | undefined;
}

/** What a range string says before it is matched against a spreadsheet's tabs. */
export interface SplitRange {
  /** The sheet name, unquoted; undefined when the range names no sheet (`A1:B2`). */
  sheetName: string | undefined;
  /** The part after `!`, or the whole text when there is no `!`; undefined for `'Sheet'`. */
  ref: string | undefined;
  /** True when the text had neither quotes nor `!`: it may be a sheet name or a cell range. */
  bare: boolean;
}

const MAX_COLUMN_LETTERS = 3; // ZZZ, column 18278: the largest grid Google allows
const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

export function columnLetters(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `'It''s'!A1:B2` into sheet name and reference; undefined when the quoting is broken. */
export function splitRange(input: string): SplitRange | undefined {
  if (input.startsWith("'")) {
    let name = "";
    let i = 1;
    for (; i < input.length; i++) {
      const ch = input[i];
      if (ch !== "'") {
        name += ch;
        continue;
      }
      if (input[i + 1] === "'") {
        name += "'";
        i++;
        continue;
      }
      break;
    }
    if (i >= input.length || name === "") return undefined;
    const rest = input.slice(i + 1);
    if (rest === "") return { sheetName: name, ref: undefined, bare: false };
    if (!rest.startsWith("!") || rest.length === 1) return undefined;
    return { sheetName: name, ref: rest.slice(1), bare: false };
  }
  const bang = input.lastIndexOf("!");
  if (bang < 0) return { sheetName: undefined, ref: input, bare: true };
  const sheetName = input.slice(0, bang);
  const ref = input.slice(bang + 1);
  if (sheetName === "" || ref === "") return undefined;
  return { sheetName, ref, bare: false };
}

interface Endpoint {
  col: number | undefined;
  row: number | undefined;
}

function parseEndpoint(text: string): Endpoint | undefined {
  const match = ENDPOINT.exec(text);
  if (!match) return undefined;
  const [, letters, digits] = match;
  if (letters === undefined && digits === undefined) return undefined;
  if (letters !== undefined && letters.length > MAX_COLUMN_LETTERS) return undefined;
  const row = digits === undefined ? undefined : Number(digits) - 1;
  if (row !== undefined && row < 0) return undefined;
  return { col: letters === undefined ? undefined : columnIndex(letters), row };
}

/** Parses `A1`, `A1:B2`, `A:C`, `2:5`, `A2:E`, `A2:2`; undefined when it is not a cell reference. */
export function parseRef(ref: string): A1Bounds | undefined {
  const parts = ref.split(":");
  if (parts.length > 2) return undefined;
  const [first, second] = parts;
  if (first === undefined) return undefined;
  const start = parseEndpoint(first);
  if (!start) return undefined;
  if (second === undefined) {
    if (start.col === undefined || start.row === undefined) return undefined;
    return { startRow: start.row, startCol: start.col, endRow: start.row + 1, endCol: start.col + 1 };
  }
  const end = parseEndpoint(second);
  if (!end) return undefined;
  const rows = orderPair(start.row, end.row);
  const cols = orderPair(start.col, end.col);
  return { startRow: rows.low, endRow: rows.high, startCol: cols.low, endCol: cols.high };
}

function orderPair(a: number | undefined, b: number | undefined): { low: number; high: number | undefined } {
  if (a !== undefined && b !== undefined) return { low: Math.min(a, b), high: Math.max(a, b) + 1 };
  if (b === undefined) return { low: a ?? 0, high: undefined };
  return { low: 0, high: b + 1 };
}

const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i;

/** Quotes a sheet name the way Google echoes it back: `Sheet1`, `'Run log'`, `'It''s'`. */
export function quoteSheetName(title: string): string {
  if (PLAIN_NAME.test(title) && !LOOKS_LIKE_CELL.test(title)) return title;
  return `'${title.replaceAll("'", "''")}'`;
}

/** Formats concrete 0-based inclusive corners as `Sheet!A1:B2`, or `Sheet!D4` for one cell. */
export function formatA1(title: string, r0: number, c0: number, r1: number, c1: number): string {
  const start = `${columnLetters(c0)}${r0 + 1}`;
  const ref = r0 === r1 && c0 === c1 ? start : `${start}:${columnLetters(c1)}${r1 + 1}`;
  return `${quoteSheetName(title)}!${ref}`;
}

/** `B7` from 0-based coordinates. */
export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
