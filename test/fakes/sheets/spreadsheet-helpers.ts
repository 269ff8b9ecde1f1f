import type { Cell, CellValue, JsonObject, ValueInputOption, ValueRenderOption } from "./cells.js";
import {
  addTabTo,
  appendRowsTo,
  buildSpreadsheet,
  type CellInput,
  formulasOf,
  insertRowsAt,
  parseCellName,
  type SortOptions,
  type SpreadsheetSpec,
  setRows,
  sortTab,
  type TabSpec,
  tabGrid,
  tabOf,
  validationsOf,
} from "./direct-edits.js";
import {
  DEFAULT_COLUMN_COUNT,
  DEFAULT_ROW_COUNT,
  deleteDimension,
  type SheetProperties,
  type SpreadsheetData,
} from "./model.js";
import { sheetPropertiesResource } from "./spreadsheet-resource.js";

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const ID_LENGTH = 44;

/**
 * The test-side view of the fake: build spreadsheets, look at them, and edit them the way a
 * user would between two API calls. Tabs are named by title; rows are 1-based as on screen.
 */
export class SpreadsheetHelpers {
  protected readonly store = new Map<string, SpreadsheetData>();
  private seed: number;

  constructor(seed: number) {
    this.seed = Math.max(1, Math.floor(seed) % 2147483647);
  }

  /** Creates a spreadsheet and returns its id (44 characters, like Google's). */
  createSpreadsheet(spec: SpreadsheetSpec = {}): string {
    const id = spec.id ?? this.newId();
    if (this.store.has(id)) throw new Error(`Spreadsheet ${id} already exists`);
    this.store.set(id, buildSpreadsheet(spec, id, this.nextSeed()));
    return id;
  }

  /** The live model, for assertions the helpers below do not cover. Do not keep it across calls. */
  spreadsheet(id: string): SpreadsheetData {
    const ss = this.store.get(id);
    if (!ss) throw new Error(`No spreadsheet ${id} in the fake`);
    return ss;
  }

  /** Makes the spreadsheet answer 403 PERMISSION_DENIED, for one token or (by default) all. */
  forbid(id: string, token = "*"): void {
    this.spreadsheet(id).forbiddenTokens.push(token);
  }

  allow(id: string, token = "*"): void {
    const ss = this.spreadsheet(id);
    ss.forbiddenTokens = token === "*" ? [] : ss.forbiddenTokens.filter((t) => t !== token);
  }

  addTab(id: string, tab: TabSpec | string, input: ValueInputOption = "USER_ENTERED"): void {
    addTabTo(this.spreadsheet(id), typeof tab === "string" ? { title: tab } : tab, input);
  }

  renameTab(id: string, from: string, to: string): void {
    tabOf(this.spreadsheet(id), from).properties.title = to;
  }

  deleteTab(id: string, title: string): void {
    const ss = this.spreadsheet(id);
    const sheet = tabOf(ss, title);
    ss.sheets = ss.sheets.filter((candidate) => candidate !== sheet);
    ss.sheets.forEach((candidate, index) => {
      candidate.properties.index = index;
    });
  }

  tabTitles(id: string): string[] {
    return this.spreadsheet(id).sheets.map((sheet) => sheet.properties.title);
  }

  /** The tab as values.get returns it: ragged rows, trailing blanks dropped; numbers as numbers by default. */
  tabValues(id: string, tab: string, render: ValueRenderOption = "UNFORMATTED_VALUE"): CellValue[][] {
    const ss = this.spreadsheet(id);
    return tabGrid(ss, tabOf(ss, tab), { valueRender: render, dateTimeRender: "SERIAL_NUMBER" });
  }

  /** Formula text by cell name: `{ C2: "=A2*2" }`. Cells written RAW never appear here. */
  formulas(id: string, tab: string): Record<string, string> {
    return formulasOf(tabOf(this.spreadsheet(id), tab));
  }

  /** A copy of one stored cell (value, formula, format, validation, note), or undefined when never touched. */
  cell(id: string, tab: string, a1: string): Cell | undefined {
    const { row, col } = parseCellName(a1);
    const cell = tabOf(this.spreadsheet(id), tab).rows[row]?.[col];
    return cell ? structuredClone(cell) : undefined;
  }

  /** `userEnteredFormat.backgroundColor` of a cell, e.g. `{ red: 1, green: 0.9, blue: 0.8 }`. */
  background(id: string, tab: string, a1: string): unknown {
    return this.cell(id, tab, a1)?.format?.backgroundColor;
  }

  sheetProperties(id: string, tab: string): SheetProperties {
    return sheetPropertiesResource(tabOf(this.spreadsheet(id), tab).properties) as SheetProperties;
  }

  dataValidations(id: string, tab: string): { range: string; rule: JsonObject }[] {
    return validationsOf(tabOf(this.spreadsheet(id), tab));
  }

  protectedRanges(id: string, tab: string): JsonObject[] {
    return structuredClone(tabOf(this.spreadsheet(id), tab).protectedRanges);
  }

  conditionalFormats(id: string, tab: string): JsonObject[] {
    return structuredClone(tabOf(this.spreadsheet(id), tab).conditionalFormats);
  }

  filterViews(id: string, tab: string): JsonObject[] {
    return structuredClone(tabOf(this.spreadsheet(id), tab).filterViews);
  }

  charts(id: string, tab: string): JsonObject[] {
    return structuredClone(tabOf(this.spreadsheet(id), tab).charts);
  }

  /** Types into one cell (`"B7"`), as a user would; null empties it. Grows the grid if needed. */
  setCell(id: string, tab: string, a1: string, input: CellInput): void {
    const { row, col } = parseCellName(a1);
    setRows(tabOf(this.spreadsheet(id), tab), row, col, [[input]], "USER_ENTERED");
  }

  /** Types a block of rows starting at a cell (`"A2"`). */
  setValues(id: string, tab: string, start: string, rows: CellInput[][]): void {
    const { row, col } = parseCellName(start);
    setRows(tabOf(this.spreadsheet(id), tab), row, col, rows, "USER_ENTERED");
  }

  /** Inserts rows before row `beforeRow` (1-based; 2 = just under the header), shifting the rest down. */
  insertRows(id: string, tab: string, beforeRow: number, rows: CellInput[][]): void {
    insertRowsAt(tabOf(this.spreadsheet(id), tab), beforeRow, rows, "USER_ENTERED");
  }

  /** Deletes `count` rows starting at row `fromRow` (1-based), shifting the rest up. */
  deleteRows(id: string, tab: string, fromRow: number, count = 1): void {
    deleteDimension(tabOf(this.spreadsheet(id), tab), "ROWS", fromRow - 1, fromRow - 1 + count);
  }

  /** Types rows under the last non-empty row. */
  appendRows(id: string, tab: string, rows: CellInput[][]): void {
    appendRowsTo(tabOf(this.spreadsheet(id), tab), rows, "USER_ENTERED");
  }

  /** Sorts the rows under the header by one column, like Data > Sort range. */
  sortRows(id: string, tab: string, options: SortOptions): void {
    sortTab(tabOf(this.spreadsheet(id), tab), options);
  }

  /** spreadsheets.create: the body's title, locale, time zone and tabs. */
  protected createFromApi(body: unknown): SpreadsheetData {
    const request = (body ?? {}) as { properties?: JsonObject; sheets?: { properties?: JsonObject }[] };
    const properties = request.properties ?? {};
    const tabs: TabSpec[] = (request.sheets ?? []).map((sheet, i) => {
      const props = sheet.properties ?? {};
      const grid = (props.gridProperties ?? {}) as JsonObject;
      return {
        title: typeof props.title === "string" ? props.title : `Sheet${i + 1}`,
        rowCount: typeof grid.rowCount === "number" ? grid.rowCount : DEFAULT_ROW_COUNT,
        columnCount: typeof grid.columnCount === "number" ? grid.columnCount : DEFAULT_COLUMN_COUNT,
      };
    });
    const spec: SpreadsheetSpec = {};
    if (typeof properties.title === "string") spec.title = properties.title;
    if (typeof properties.timeZone === "string") spec.timeZone = properties.timeZone;
    if (typeof properties.locale === "string") spec.locale = properties.locale;
    if (tabs.length > 0) spec.tabs = tabs;
    return this.spreadsheet(this.createSpreadsheet(spec));
  }

  private nextSeed(): number {
    this.seed = (this.seed * 48271) % 2147483647;
    return this.seed;
  }

  private newId(): string {
    let id = "1";
    while (id.length < ID_LENGTH) id += ID_ALPHABET[this.nextSeed() % ID_ALPHABET.length] ?? "x";
    return id;
  }
}
