/** A cell's place, both counted from 0. */
export interface CellPlace {
  row: number;
  column: number;
}

/** "AB12" as {row: 11, column: 27}; `$` marks are ignored; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): CellPlace | undefined {
  let column = 0;
  let at = 0;
  if (ref.charCodeAt(at) === 36) at++;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at) | 32;
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  if (ref.charCodeAt(at) === 36) at++;
  const row = Number(ref.slice(at));
  if (column === 0 || at === ref.length || !Number.isInteger(row) || row < 1) return undefined;
  return { row: row - 1, column: column - 1 };
}

/**
 * parseCellRef(ref)?.column without building the place: a worksheet has one reference a cell and
 * the reader needs only its column. The usual "AB12" is read here; anything else goes to parseCellRef.
 */
export function refColumn(ref: string): number | undefined {
  let column = 0;
  let at = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  let nonZero = false;
  let digits = at;
  for (; digits < ref.length; digits++) {
    const code = ref.charCodeAt(digits);
    if (code < 48 || code > 57) break;
    if (code !== 48) nonZero = true;
  }
  if (column > 0 && nonZero && digits === ref.length) return column - 1;
  return parseCellRef(ref)?.column;
}

export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

// Column names by index, built as they are first needed: a run names the same few columns 10,000 times.
const COLUMN_NAMES: string[] = [];

export function cellRef(row: number, column: number): string {
  let name = COLUMN_NAMES[column];
  if (name === undefined) {
    name = columnName(column);
    COLUMN_NAMES[column] = name;
  }
  return `${name}${row + 1}`;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:C10" (or a single cell "B2") as a range; undefined when it is neither. */
export function parseRange(ref: string): CellRange | undefined {
  const [first, second = first] = ref.split(":");
  const from = parseCellRef(first ?? "");
  const to = parseCellRef(second ?? "");
  if (from === undefined || to === undefined) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}

export function formatRange(range: CellRange): string {
  const from = cellRef(range.top, range.left);
  const to = cellRef(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}
