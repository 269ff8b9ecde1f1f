import type { Cell, CellWrite, JsonObject } from "./cells.js";
import { isEmptyCell } from "./cells.js";

/**
 * The in-memory spreadsheet: plain data (so a batch can run on a structuredClone and be
 * committed or dropped whole, as Google applies a batchUpdate all or nothing).
 */

export interface GridProperties {
  rowCount: number;
  columnCount: number;
  frozenRowCount?: number;
  frozenColumnCount?: number;
  [key: string]: unknown;
}

export interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  sheetType: string;
  gridProperties: GridProperties;
  hidden?: boolean;
  [key: string]: unknown;
}

export interface SheetData {
  properties: SheetProperties;
  /** Sparse rows of sparse cells; rows.length never exceeds rowCount. */
  rows: (Cell | undefined)[][];
  rowMetadata: (JsonObject | undefined)[];
  columnMetadata: (JsonObject | undefined)[];
  protectedRanges: JsonObject[];
  conditionalFormats: JsonObject[];
  filterViews: JsonObject[];
  charts: JsonObject[];
}

export interface SpreadsheetProperties {
  title: string;
  locale: string;
  autoRecalc: string;
  timeZone: string;
  [key: string]: unknown;
}

export interface SpreadsheetData {
  spreadsheetId: string;
  properties: SpreadsheetProperties;
  sheets: SheetData[];
  namedRanges: JsonObject[];
  /** Tokens refused with 403; "*" refuses every token. */
  forbiddenTokens: string[];
  /** State of the deterministic generator for sheet, chart and protected-range ids. */
  idSeed: number;
}

export const DEFAULT_ROW_COUNT = 1000;
export const DEFAULT_COLUMN_COUNT = 26;

/** Next id from a small LCG: ids look like Google's (large positive ints) yet repeat run to run. */
export function nextId(ss: SpreadsheetData): number {
  ss.idSeed = (ss.idSeed * 1103515245 + 12345) % 2147483647;
  return (ss.idSeed % 2_000_000_000) + 1;
}

export function newSheet(properties: SheetProperties): SheetData {
  return {
    properties,
    rows: [],
    rowMetadata: [],
    columnMetadata: [],
    protectedRanges: [],
    conditionalFormats: [],
    filterViews: [],
    charts: [],
  };
}

export function findSheet(ss: SpreadsheetData, title: string): SheetData | undefined {
  const wanted = title.toLowerCase();
  return ss.sheets.find((sheet) => sheet.properties.title.toLowerCase() === wanted);
}

export function sheetById(ss: SpreadsheetData, sheetId: number): SheetData | undefined {
  return ss.sheets.find((sheet) => sheet.properties.sheetId === sheetId);
}

export function reindexSheets(ss: SpreadsheetData): void {
  ss.sheets.sort((a, b) => a.properties.index - b.properties.index);
  ss.sheets.forEach((sheet, index) => {
    sheet.properties.index = index;
  });
}

export const rowCount = (sheet: SheetData) => sheet.properties.gridProperties.rowCount;
export const columnCount = (sheet: SheetData) => sheet.properties.gridProperties.columnCount;

export function getCell(sheet: SheetData, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

/** Grows the grid (never shrinks it) so that rows x cols fit, as a write past the end does. */
export function ensureGrid(sheet: SheetData, rows: number, cols: number): void {
  const grid = sheet.properties.gridProperties;
  grid.rowCount = Math.max(grid.rowCount, rows);
  grid.columnCount = Math.max(grid.columnCount, cols);
}

export function writeCell(sheet: SheetData, row: number, col: number, write: CellWrite): void {
  if (write.kind === "skip") return;
  const existing = getCell(sheet, row, col);
  if (write.kind === "clear") {
    if (!existing) return;
    existing.value = null;
    delete existing.formula;
    dropIfBlank(sheet, row, col);
    return;
  }
  const cell: Cell = existing ?? { value: null };
  cell.value = write.value;
  if (write.formula === undefined) delete cell.formula;
  else cell.formula = write.formula;
  if (write.numberFormat) cell.format = { ...cell.format, numberFormat: write.numberFormat };
  putCell(sheet, row, col, cell);
}

export function putCell(sheet: SheetData, row: number, col: number, cell: Cell): void {
  ensureGrid(sheet, row + 1, col + 1);
  const cells = sheet.rows[row] ?? [];
  cells[col] = cell;
  sheet.rows[row] = cells;
}

function dropIfBlank(sheet: SheetData, row: number, col: number): void {
  const cell = getCell(sheet, row, col);
  if (cell && isEmptyCell(cell) && !cell.format && !cell.validation && cell.note === undefined) {
    const cells = sheet.rows[row];
    if (cells) delete cells[col];
  }
}

export function clearValues(sheet: SheetData, r0: number, r1: number, c0: number, c1: number): void {
  for (let r = r0; r < Math.min(r1, sheet.rows.length); r++) {
    for (let c = c0; c < c1; c++) writeCell(sheet, r, c, { kind: "clear" });
  }
}

/** Rows and columns up to the last non-empty cell (0 x 0 for an empty sheet). */
export function dataExtent(sheet: SheetData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (isEmptyCell(cell)) return;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
  });
  return { rows, cols };
}

export type Dimension = "ROWS" | "COLUMNS";

/** Inserts `count` blank rows or columns before `at`, shifting cells and protected ranges. */
export function insertDimension(sheet: SheetData, dimension: Dimension, at: number, count: number): void {
  const grid = sheet.properties.gridProperties;
  const blanks = (): undefined[] => new Array<undefined>(count).fill(undefined);
  if (dimension === "ROWS") {
    if (at < sheet.rows.length) sheet.rows.splice(at, 0, ...blanks().map(() => []));
    if (at < sheet.rowMetadata.length) sheet.rowMetadata.splice(at, 0, ...blanks());
    grid.rowCount += count;
  } else {
    for (const cells of sheet.rows) if (cells && at < cells.length) cells.splice(at, 0, ...blanks());
    if (at < sheet.columnMetadata.length) sheet.columnMetadata.splice(at, 0, ...blanks());
    grid.columnCount += count;
  }
  shiftProtectedRanges(sheet, dimension, at, count);
}

/** Deletes rows or columns [start, end), shifting what follows up or left. */
export function deleteDimension(sheet: SheetData, dimension: Dimension, start: number, end: number): void {
  const grid = sheet.properties.gridProperties;
  const count = end - start;
  if (dimension === "ROWS") {
    sheet.rows.splice(start, count);
    sheet.rowMetadata.splice(start, count);
    grid.rowCount -= count;
  } else {
    for (const cells of sheet.rows) cells?.splice(start, count);
    sheet.columnMetadata.splice(start, count);
    grid.columnCount -= count;
  }
  shiftProtectedRanges(sheet, dimension, start, -count);
}

function shiftProtectedRanges(sheet: SheetData, dimension: Dimension, at: number, delta: number): void {
  const [startKey, endKey] =
    dimension === "ROWS" ? ["startRowIndex", "endRowIndex"] : ["startColumnIndex", "endColumnIndex"];
  for (const protectedRange of sheet.protectedRanges) {
    const range = protectedRange.range as JsonObject | undefined;
    if (!range) continue;
    for (const key of [startKey, endKey]) {
      const value = range[key];
      if (typeof value !== "number") continue;
      if (delta > 0 && value >= at + (key === endKey ? 1 : 0)) range[key] = value + delta;
      if (delta < 0 && value > at) range[key] = Math.max(at, value + delta);
    }
  }
}

/** Shrinks or grows the grid to exactly rows x cols, dropping cells that fall outside. */
export function resizeGrid(sheet: SheetData, rows: number, cols: number): void {
  const grid = sheet.properties.gridProperties;
  if (rows < sheet.rows.length) sheet.rows.length = rows;
  for (const cells of sheet.rows) if (cells && cols < cells.length) cells.length = cols;
  grid.rowCount = rows;
  grid.columnCount = cols;
}

export interface SortSpec {
  column: number;
  descending: boolean;
}

/** Sorts rows [r0, r1) by the given columns, moving only cells in columns [c0, c1), as Sheets does. */
export function sortRows(
  sheet: SheetData,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  specs: SortSpec[],
) {
  const slices = [];
  for (let r = r0; r < r1; r++) {
    const cells = sheet.rows[r] ?? [];
    slices.push(Array.from({ length: c1 - c0 }, (_, i) => cells[c0 + i]));
  }
  slices.sort((a, b) => {
    for (const spec of specs) {
      const order = compareForSort(a[spec.column - c0], b[spec.column - c0], spec.descending);
      if (order !== 0) return order;
    }
    return 0;
  });
  slices.forEach((slice, i) => {
    const cells = sheet.rows[r0 + i] ?? [];
    slice.forEach((cell, j) => {
      if (cell) cells[c0 + j] = cell;
      else delete cells[c0 + j];
    });
    sheet.rows[r0 + i] = cells;
  });
}

/** Blanks last whatever the order; then numbers, text (case-insensitive), booleans. */
function compareForSort(a: Cell | undefined, b: Cell | undefined, descending: boolean): number {
  const aEmpty = isEmptyCell(a) || a?.value === "";
  const bEmpty = isEmptyCell(b) || b?.value === "";
  if (aEmpty || bEmpty) return Number(aEmpty) - Number(bEmpty);
  let order = sortRank(a) - sortRank(b);
  if (order === 0) {
    const x = a?.value;
    const y = b?.value;
    if (typeof x === "string" && typeof y === "string") {
      order = x.localeCompare(y, "en", { sensitivity: "base" });
    } else order = Number(x) - Number(y);
  }
  return descending ? -order : order;
}

function sortRank(cell: Cell | undefined): number {
  const kind = typeof cell?.value;
  return kind === "number" ? 0 : kind === "string" ? 1 : 2;
}
