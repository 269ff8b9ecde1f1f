import { columnLetters, formatA1 } from "./a1-notation.js";
import {
  type CellValue,
  type CellWrite,
  isEmptyCell,
  parseInput,
  type RenderOptions,
  renderCell,
  type ValueInputOption,
} from "./cells.js";
import { invalidArgument, invalidValue } from "./errors.js";
import {
  clearValues,
  ensureGrid,
  getCell,
  insertDimension,
  type SheetData,
  type SpreadsheetData,
  writeCell,
} from "./model.js";
import type { MajorDimension } from "./options.js";
import { formatReadRange, formatResolved, type ResolvedRange, resolveRange } from "./ranges.js";

export interface ValueRange {
  range: string;
  majorDimension: MajorDimension;
  values?: CellValue[][];
}

export function readValues(
  ss: SpreadsheetData,
  input: string,
  render: RenderOptions,
  dimension: MajorDimension,
): ValueRange {
  return readResolved(resolveRange(ss, input), render, dimension);
}

function readResolved(range: ResolvedRange, render: RenderOptions, dimension: MajorDimension): ValueRange {
  const { sheet } = range;
  const lastRow = Math.min(range.r1, sheet.rows.length);
  const grid: CellValue[][] = [];
  for (let r = range.r0; r < lastRow; r++) {
    const cells = sheet.rows[r] ?? [];
    const lastCol = Math.min(range.c1, cells.length);
    const line: CellValue[] = [];
    for (let c = range.c0; c < lastCol; c++) line.push(renderCell(cells[c], render));
    grid.push(line);
  }
  const lines = dimension === "COLUMNS" ? transpose(grid) : grid;
  // Google omits trailing empty cells of each line, then trailing empty lines.
  const trimmed = lines.map((line) => trimEnd(line, (value) => value === ""));
  const values = trimEnd(trimmed, (line) => line.length === 0);
  const result: ValueRange = { range: formatReadRange(range), majorDimension: dimension };
  if (values.length > 0) result.values = values;
  return result;
}

function trimEnd<T>(items: T[], isEmpty: (item: T) => boolean): T[] {
  let end = items.length;
  while (end > 0 && isEmpty(items[end - 1] as T)) end--;
  return items.slice(0, end);
}

function transpose(grid: CellValue[][]): CellValue[][] {
  const width = Math.max(0, ...grid.map((line) => line.length));
  return Array.from({ length: width }, (_, c) => grid.map((line) => line[c] ?? ""));
}

export interface UpdateResponse {
  spreadsheetId: string;
  updatedRange: string;
  updatedRows?: number;
  updatedColumns?: number;
  updatedCells?: number;
  updatedData?: ValueRange;
}

/** Which cells one write touched, for values.batchUpdate's totals (distinct rows and columns). */
export interface Touched {
  sheetId: number;
  rows: Set<number>;
  cols: Set<number>;
  cells: number;
}

export interface WriteRequest {
  range: string;
  values: unknown;
  inputOption: ValueInputOption;
  dimension: MajorDimension;
  /** The body field the values came in, for error messages: `data.values`, `data[1].values`. */
  field: string;
  /** Render options for `updatedData` when the caller asked for values in the response. */
  echo: RenderOptions | undefined;
}

export function writeValues(
  ss: SpreadsheetData,
  request: WriteRequest,
): { response: UpdateResponse; touched: Touched } {
  const range = resolveRange(ss, request.range);
  const matrix = parseMatrix(request);
  const height = matrix.length;
  const width = Math.max(0, ...matrix.map((line) => line.length));
  if (!range.singleCell && !range.wholeSheet) {
    const where = `Requested writing within range [${request.range}], but tried writing to`;
    if (!range.openRows && height > range.r1 - range.r0)
      throw invalidArgument(`${where} row [${range.r1 + 1}]`);
    if (!range.openCols && width > range.c1 - range.c0) {
      throw invalidArgument(`${where} column [${columnLetters(range.c1)}]`);
    }
  }
  return writeMatrix(ss, range.sheet, range.r0, range.c0, matrix, request.echo);
}

function parseMatrix(request: WriteRequest): CellWrite[][] {
  const { values, field } = request;
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values))
    throw invalidValue(field, "type.googleapis.com/google.protobuf.ListValue", values);
  const lines = values.map((line, i) => {
    if (!Array.isArray(line)) {
      throw invalidValue(`${field}[${i}]`, "type.googleapis.com/google.protobuf.ListValue", line);
    }
    return line.map((raw, j) => {
      const write = parseInput(raw, request.inputOption);
      if (!write)
        throw invalidValue(`${field}[${i}][${j}]`, "type.googleapis.com/google.protobuf.Value", raw);
      return write;
    });
  });
  if (request.dimension === "ROWS") return lines;
  const height = Math.max(0, ...lines.map((line) => line.length));
  return Array.from({ length: height }, (_, r) => lines.map((line) => line[r] ?? { kind: "skip" as const }));
}

function writeMatrix(
  ss: SpreadsheetData,
  sheet: SheetData,
  r0: number,
  c0: number,
  matrix: CellWrite[][],
  echo: RenderOptions | undefined,
): { response: UpdateResponse; touched: Touched } {
  const height = matrix.length;
  const width = Math.max(0, ...matrix.map((line) => line.length));
  ensureGrid(sheet, r0 + height, c0 + width);
  const touched: Touched = { sheetId: sheet.properties.sheetId, rows: new Set(), cols: new Set(), cells: 0 };
  matrix.forEach((line, i) => {
    line.forEach((write, j) => {
      writeCell(sheet, r0 + i, c0 + j, write);
      if (write.kind === "skip") return;
      touched.rows.add(r0 + i);
      touched.cols.add(c0 + j);
      touched.cells++;
    });
  });
  const title = sheet.properties.title;
  const updatedRange = formatA1(title, r0, c0, r0 + Math.max(height, 1) - 1, c0 + Math.max(width, 1) - 1);
  const response: UpdateResponse = { spreadsheetId: ss.spreadsheetId, updatedRange };
  if (touched.cells > 0) {
    response.updatedRows = touched.rows.size;
    response.updatedColumns = touched.cols.size;
    response.updatedCells = touched.cells;
  }
  if (echo) response.updatedData = readValues(ss, updatedRange, echo, "ROWS");
  return { response, touched };
}

export interface AppendRequest extends WriteRequest {
  insertDataOption: "OVERWRITE" | "INSERT_ROWS";
}

export interface AppendResponse {
  spreadsheetId: string;
  tableRange?: string;
  updates: UpdateResponse;
}

/**
 * values.append: finds the "table" (the first run of non-blank rows within the range's
 * columns, continuing below the range) and writes after its last row, at the range's first column.
 */
export function appendValues(ss: SpreadsheetData, request: AppendRequest): AppendResponse {
  const range = resolveRange(ss, request.range);
  const { sheet } = range;
  const hasData = (r: number) => {
    for (let c = range.c0; c < range.c1; c++) if (!isEmptyCell(getCell(sheet, r, c))) return true;
    return false;
  };
  let start = range.r0;
  while (start < Math.min(range.r1, sheet.rows.length) && !hasData(start)) start++;
  const found = start < Math.min(range.r1, sheet.rows.length);
  let writeRow = range.r0;
  let tableRange: string | undefined;
  if (found) {
    let end = start;
    while (end + 1 < sheet.rows.length && hasData(end + 1)) end++;
    let lastCol = range.c0;
    for (let r = start; r <= end; r++) {
      for (let c = range.c0; c < range.c1; c++)
        if (!isEmptyCell(getCell(sheet, r, c))) lastCol = Math.max(lastCol, c);
    }
    tableRange = formatA1(sheet.properties.title, start, range.c0, end, lastCol);
    writeRow = end + 1;
  }
  const matrix = parseMatrix(request);
  if (
    request.insertDataOption === "INSERT_ROWS" &&
    matrix.length > 0 &&
    writeRow < sheet.properties.gridProperties.rowCount
  ) {
    insertDimension(sheet, "ROWS", writeRow, matrix.length);
  }
  const { response } = writeMatrix(ss, sheet, writeRow, range.c0, matrix, request.echo);
  if (tableRange === undefined) return { spreadsheetId: ss.spreadsheetId, updates: response };
  return { spreadsheetId: ss.spreadsheetId, tableRange, updates: response };
}

/** values.clear: empties values and formulas (formats and validation stay); whole sheets report the full grid. */
export function clearRange(ss: SpreadsheetData, input: string): string {
  const range = resolveRange(ss, input);
  clearValues(range.sheet, range.r0, range.r1, range.c0, range.c1);
  return formatResolved(range);
}
