import { cellName, columnIndex, formatA1, quoteSheetName } from "./a1-notation.js";
import type { CellValue, CellWrite, JsonObject, RenderOptions, ValueInputOption } from "./cells.js";
import { parseInput } from "./cells.js";
import { evaluateConstantFormula } from "./formula.js";
import {
  DEFAULT_COLUMN_COUNT,
  DEFAULT_ROW_COUNT,
  dataExtent,
  ensureGrid,
  findSheet,
  insertDimension,
  newSheet,
  nextId,
  type SheetData,
  type SpreadsheetData,
  sortRows,
  writeCell,
} from "./model.js";
import { parseTypedDate } from "./serial-dates.js";
import { readValues } from "./values-api.js";

/**
 * What a test (or a simulated user) types into a cell. Text is read the way the Sheets UI
 * reads typing (USER_ENTERED): "42" becomes a number, "2024-02-05" a date, "=A1*2" a formula,
 * "'0123" the text 0123. Pass `input: "RAW"` to a spreadsheet spec to store text literally.
 */
export type CellInput =
  | CellValue
  | null
  | undefined
  | { formula: string; value?: CellValue }
  | { date: string };

export interface TabSpec {
  title: string;
  rows?: CellInput[][];
  sheetId?: number;
  rowCount?: number;
  columnCount?: number;
  frozenRowCount?: number;
  hidden?: boolean;
}

export interface SpreadsheetSpec {
  id?: string;
  title?: string;
  timeZone?: string;
  locale?: string;
  /** `{ Contacts: [[header...], [row...]] }` or full tab specs; default: one empty "Sheet1". */
  tabs?: Record<string, CellInput[][]> | TabSpec[];
  input?: ValueInputOption;
}

export function buildSpreadsheet(spec: SpreadsheetSpec, id: string, seed: number): SpreadsheetData {
  const ss: SpreadsheetData = {
    spreadsheetId: id,
    properties: {
      title: spec.title ?? "Untitled spreadsheet",
      locale: spec.locale ?? "en_US",
      autoRecalc: "ON_CHANGE",
      timeZone: spec.timeZone ?? "Etc/GMT",
    },
    sheets: [],
    namedRanges: [],
    forbiddenTokens: [],
    idSeed: seed,
  };
  const given = Array.isArray(spec.tabs)
    ? spec.tabs
    : Object.entries(spec.tabs ?? {}).map(([title, rows]) => ({ title, rows }));
  // A spreadsheet always has at least one tab.
  const tabs = given.length > 0 ? given : [{ title: "Sheet1" }];
  for (const tab of tabs) addTabTo(ss, tab, spec.input ?? "USER_ENTERED");
  return ss;
}

export function addTabTo(ss: SpreadsheetData, tab: TabSpec, input: ValueInputOption): SheetData {
  if (findSheet(ss, tab.title)) throw new Error(`Tab "${tab.title}" already exists in ${ss.spreadsheetId}`);
  const sheet = newSheet({
    sheetId: tab.sheetId ?? (ss.sheets.length === 0 ? 0 : nextId(ss)),
    title: tab.title,
    index: ss.sheets.length,
    sheetType: "GRID",
    gridProperties: {
      rowCount: tab.rowCount ?? DEFAULT_ROW_COUNT,
      columnCount: tab.columnCount ?? DEFAULT_COLUMN_COUNT,
    },
  });
  if (tab.frozenRowCount !== undefined) sheet.properties.gridProperties.frozenRowCount = tab.frozenRowCount;
  if (tab.hidden) sheet.properties.hidden = true;
  ss.sheets.push(sheet);
  setRows(sheet, 0, 0, tab.rows ?? [], input);
  return sheet;
}

export function tabOf(ss: SpreadsheetData, title: string): SheetData {
  const sheet = findSheet(ss, title);
  if (!sheet) {
    const tabs = ss.sheets.map((candidate) => candidate.properties.title).join(", ");
    throw new Error(`No tab "${title}" in spreadsheet ${ss.spreadsheetId} (tabs: ${tabs})`);
  }
  return sheet;
}

export function toWrite(input: CellInput, option: ValueInputOption): CellWrite {
  if (input === null || input === undefined) return { kind: "clear" };
  if (typeof input === "object" && "formula" in input) {
    const value = input.value ?? evaluateConstantFormula(input.formula) ?? null;
    return { kind: "set", value, formula: input.formula };
  }
  if (typeof input === "object") {
    const date = parseTypedDate(input.date);
    if (!date) throw new Error(`Not a date the fake understands: "${input.date}"`);
    return { kind: "set", value: date.serial, numberFormat: { type: date.type, pattern: date.pattern } };
  }
  const write = parseInput(input, option);
  if (!write) throw new Error(`Cannot store ${String(input)} in a cell`);
  return write;
}

export function setRows(
  sheet: SheetData,
  r0: number,
  c0: number,
  rows: CellInput[][],
  input: ValueInputOption,
) {
  const width = Math.max(0, ...rows.map((row) => row.length));
  ensureGrid(sheet, r0 + rows.length, c0 + width);
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      writeCell(sheet, r0 + i, c0 + j, toWrite(value, input));
    });
  });
}

/** A1 cell name (`B7`) to 0-based coordinates. */
export function parseCellName(a1: string): { row: number; col: number } {
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(a1);
  if (!match?.[1] || !match[2]) throw new Error(`Not a cell name: "${a1}" (expected e.g. "B7")`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

export function tabGrid(ss: SpreadsheetData, sheet: SheetData, render: RenderOptions): CellValue[][] {
  return readValues(ss, quoteSheetName(sheet.properties.title), render, "ROWS").values ?? [];
}

export function formulasOf(sheet: SheetData): Record<string, string> {
  const formulas: Record<string, string> = {};
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (cell?.formula !== undefined) formulas[cellName(r, c)] = cell.formula;
    });
  });
  return formulas;
}

/** Data validation rules grouped into rectangles: `[{ range: "Contacts!D2:D1000", rule }]`. */
export function validationsOf(sheet: SheetData): { range: string; rule: JsonObject }[] {
  const runs: { c: number; r0: number; r1: number; key: string; rule: JsonObject }[] = [];
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  for (let c = 0; c < columnCount; c++) {
    let open: (typeof runs)[number] | undefined;
    for (let r = 0; r <= rowCount; r++) {
      const rule = sheet.rows[r]?.[c]?.validation;
      const key = rule ? JSON.stringify(rule) : "";
      if (open && open.key === key) continue;
      if (open) {
        open.r1 = r;
        runs.push(open);
      }
      open = rule ? { c, r0: r, r1: r, key, rule } : undefined;
    }
  }
  runs.sort((a, b) => a.r0 - b.r0 || a.r1 - b.r1 || a.key.localeCompare(b.key) || a.c - b.c);
  const merged: { c0: number; c1: number; r0: number; r1: number; key: string; rule: JsonObject }[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.key === run.key && last.r0 === run.r0 && last.r1 === run.r1 && last.c1 === run.c)
      last.c1++;
    else merged.push({ c0: run.c, c1: run.c + 1, r0: run.r0, r1: run.r1, key: run.key, rule: run.rule });
  }
  const title = sheet.properties.title;
  return merged.map((m) => ({
    range: formatA1(title, m.r0, m.c0, m.r1 - 1, m.c1 - 1),
    rule: structuredClone(m.rule),
  }));
}

export function insertRowsAt(
  sheet: SheetData,
  beforeRow: number,
  rows: CellInput[][],
  input: ValueInputOption,
) {
  insertDimension(sheet, "ROWS", beforeRow - 1, rows.length);
  setRows(sheet, beforeRow - 1, 0, rows, input);
}

export function appendRowsTo(sheet: SheetData, rows: CellInput[][], input: ValueInputOption): void {
  setRows(sheet, dataExtent(sheet).rows, 0, rows, input);
}

export interface SortOptions {
  /** Column letter (`"B"`) or 0-based index. */
  column: string | number;
  descending?: boolean;
  /** Rows kept on top (default 1: the header). */
  headerRows?: number;
}

export function sortTab(sheet: SheetData, options: SortOptions): void {
  const column = typeof options.column === "number" ? options.column : columnIndex(options.column);
  const rows = dataExtent(sheet).rows;
  const top = options.headerRows ?? 1;
  const width = sheet.properties.gridProperties.columnCount;
  sortRows(sheet, top, rows, 0, width, [{ column, descending: options.descending ?? false }]);
}
