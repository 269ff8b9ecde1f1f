import { type A1Bounds, formatA1, parseRef, splitRange } from "./a1-notation.js";
import { badRange, exceedsGrid } from "./errors.js";
import {
  columnCount,
  dataExtent,
  findSheet,
  rowCount,
  type SheetData,
  type SpreadsheetData,
} from "./model.js";

/** A range string matched against a spreadsheet: a sheet and 0-based half-open bounds clipped to its grid. */
export interface ResolvedRange {
  input: string;
  sheet: SheetData;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  wholeSheet: boolean;
  /** The text left the end row (or column) open: `A2:E`, `A:A`, `2:2`, a whole sheet. */
  openRows: boolean;
  openCols: boolean;
  singleCell: boolean;
}

export function resolveRange(ss: SpreadsheetData, input: string): ResolvedRange {
  const split = splitRange(input);
  if (!split) throw badRange(input);
  let sheet: SheetData | undefined;
  let bounds: A1Bounds | undefined;
  if (split.bare) {
    // Google tries a bare word as a sheet name first, then as cells of the first visible sheet.
    sheet = findSheet(ss, input);
    if (!sheet) {
      bounds = parseRef(input);
      sheet = ss.sheets.find((candidate) => !candidate.properties.hidden);
      if (!bounds || !sheet) throw badRange(input);
    }
  } else {
    sheet = split.sheetName === undefined ? undefined : findSheet(ss, split.sheetName);
    if (!sheet) throw badRange(input);
    if (split.ref !== undefined) {
      bounds = parseRef(split.ref);
      if (!bounds) throw badRange(input);
    }
  }
  return clipToGrid(input, sheet, bounds);
}

function clipToGrid(input: string, sheet: SheetData, bounds: A1Bounds | undefined): ResolvedRange {
  const rows = rowCount(sheet);
  const cols = columnCount(sheet);
  if (!bounds) {
    const base = { input, sheet, r0: 0, c0: 0, r1: rows, c1: cols };
    return { ...base, wholeSheet: true, openRows: true, openCols: true, singleCell: false };
  }
  const outside =
    bounds.startRow >= rows ||
    bounds.startCol >= cols ||
    (bounds.endRow ?? 0) > rows ||
    (bounds.endCol ?? 0) > cols;
  if (outside) throw exceedsGrid(input, rows, cols);
  const r1 = bounds.endRow ?? rows;
  const c1 = bounds.endCol ?? cols;
  return {
    input,
    sheet,
    r0: bounds.startRow,
    c0: bounds.startCol,
    r1,
    c1,
    wholeSheet: false,
    openRows: bounds.endRow === undefined,
    openCols: bounds.endCol === undefined,
    singleCell: bounds.endRow === bounds.startRow + 1 && bounds.endCol === bounds.startCol + 1,
  };
}

/** The range as Google echoes it: `Sheet1!A1:Z1000`, `'Run log'!A2:H2`, `Sheet1!D4`. */
export function formatResolved(range: ResolvedRange): string {
  return formatA1(range.sheet.properties.title, range.r0, range.c0, range.r1 - 1, range.c1 - 1);
}

/** What values.get reports: a whole-sheet read shrinks to the data (or stays the full grid when empty). */
export function formatReadRange(range: ResolvedRange): string {
  if (!range.wholeSheet) return formatResolved(range);
  const extent = dataExtent(range.sheet);
  if (extent.rows === 0) return formatResolved(range);
  return formatA1(range.sheet.properties.title, 0, 0, extent.rows - 1, extent.cols - 1);
}
