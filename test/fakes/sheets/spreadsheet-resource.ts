import type { Cell, JsonObject } from "./cells.js";
import { isEmptyCell, renderCell } from "./cells.js";
import type { SheetData, SheetProperties, SpreadsheetData } from "./model.js";
import { type ResolvedRange, resolveRange } from "./ranges.js";

/** The spreadsheet as spreadsheets.get returns it (before the `fields` mask is applied). */

// As recorded from a new Google spreadsheet (gspread cassettes); the theme is left out.
const DEFAULT_FORMAT = {
  backgroundColor: { red: 1, green: 1, blue: 1 },
  padding: { top: 2, right: 3, bottom: 2, left: 3 },
  verticalAlignment: "BOTTOM",
  wrapStrategy: "OVERFLOW_CELL",
  textFormat: {
    foregroundColor: {},
    fontFamily: "arial,sans,sans-serif",
    fontSize: 10,
    bold: false,
    italic: false,
    strikethrough: false,
    underline: false,
    foregroundColorStyle: { rgbColor: {} },
  },
  backgroundColorStyle: { rgbColor: { red: 1, green: 1, blue: 1 } },
};

const DEFAULT_ROW_PIXELS = 21;
const DEFAULT_COLUMN_PIXELS = 100;

export interface GetOptions {
  ranges: string[];
  includeGridData: boolean;
}

export function spreadsheetResource(ss: SpreadsheetData, options: GetOptions): JsonObject {
  const wanted = new Map<SheetData, ResolvedRange[]>();
  for (const input of options.ranges) {
    const range = resolveRange(ss, input);
    wanted.set(range.sheet, [...(wanted.get(range.sheet) ?? []), range]);
  }
  const sheets = options.ranges.length === 0 ? ss.sheets : ss.sheets.filter((sheet) => wanted.has(sheet));
  const resource: JsonObject = {
    spreadsheetId: ss.spreadsheetId,
    properties: { ...structuredClone(ss.properties), defaultFormat: structuredClone(DEFAULT_FORMAT) },
    sheets: sheets.map((sheet) =>
      sheetResource(sheet, options.includeGridData ? wanted.get(sheet) : undefined),
    ),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.spreadsheetId}/edit`,
  };
  if (ss.namedRanges.length > 0) resource.namedRanges = structuredClone(ss.namedRanges);
  return resource;
}

export function sheetPropertiesResource(properties: SheetProperties): JsonObject {
  const copy: JsonObject = structuredClone(properties);
  const grid = copy.gridProperties as JsonObject;
  // proto3 JSON leaves out zeros and false.
  for (const key of ["frozenRowCount", "frozenColumnCount"]) if (grid[key] === 0) delete grid[key];
  if (copy.hidden === false) delete copy.hidden;
  return copy;
}

/** `ranges` undefined: no grid data; empty list: the whole sheet's grid data. */
function sheetResource(sheet: SheetData, ranges: ResolvedRange[] | undefined): JsonObject {
  const resource: JsonObject = { properties: sheetPropertiesResource(sheet.properties) };
  if (ranges) {
    const grids = ranges.length > 0 ? ranges : [undefined];
    resource.data = grids.map((range) => gridData(sheet, range));
  }
  if (sheet.protectedRanges.length > 0) resource.protectedRanges = structuredClone(sheet.protectedRanges);
  if (sheet.conditionalFormats.length > 0)
    resource.conditionalFormats = structuredClone(sheet.conditionalFormats);
  if (sheet.filterViews.length > 0) resource.filterViews = structuredClone(sheet.filterViews);
  if (sheet.charts.length > 0) resource.charts = structuredClone(sheet.charts);
  return resource;
}

function gridData(sheet: SheetData, range: ResolvedRange | undefined): JsonObject {
  const grid = sheet.properties.gridProperties;
  const r0 = range?.r0 ?? 0;
  const c0 = range?.c0 ?? 0;
  const r1 = range?.r1 ?? grid.rowCount;
  const c1 = range?.c1 ?? grid.columnCount;
  const rowData: JsonObject[] = [];
  for (let r = r0; r < Math.min(r1, sheet.rows.length); r++) {
    const cells = sheet.rows[r] ?? [];
    const values: JsonObject[] = [];
    for (let c = c0; c < Math.min(c1, cells.length); c++) values.push(cellData(cells[c]));
    while (values.length > 0 && Object.keys(values[values.length - 1] ?? {}).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  while (rowData.length > 0 && Object.keys(rowData[rowData.length - 1] ?? {}).length === 0) rowData.pop();
  const data: JsonObject = {};
  if (r0 > 0) data.startRow = r0;
  if (c0 > 0) data.startColumn = c0;
  if (rowData.length > 0) data.rowData = rowData;
  data.rowMetadata = metadata(sheet.rowMetadata, r0, r1, DEFAULT_ROW_PIXELS);
  data.columnMetadata = metadata(sheet.columnMetadata, c0, c1, DEFAULT_COLUMN_PIXELS);
  return data;
}

function metadata(
  stored: (JsonObject | undefined)[],
  start: number,
  end: number,
  pixels: number,
): JsonObject[] {
  return Array.from({ length: end - start }, (_, i) => ({ pixelSize: pixels, ...stored[start + i] }));
}

export function userEnteredValue(cell: Cell): JsonObject | undefined {
  if (cell.formula !== undefined) return { formulaValue: cell.formula };
  return typedValue(cell.value);
}

function typedValue(value: Cell["value"]): JsonObject | undefined {
  if (typeof value === "string") return { stringValue: value };
  if (typeof value === "number") return { numberValue: value };
  if (typeof value === "boolean") return { boolValue: value };
  return undefined;
}

function cellData(cell: Cell | undefined): JsonObject {
  if (!cell) return {};
  const data: JsonObject = {};
  if (!isEmptyCell(cell)) {
    const entered = userEnteredValue(cell);
    if (entered) data.userEnteredValue = entered;
    const effective = typedValue(cell.value);
    if (effective) data.effectiveValue = effective;
    const formatted = renderCell(cell, {
      valueRender: "FORMATTED_VALUE",
      dateTimeRender: "FORMATTED_STRING",
    });
    if (formatted !== "") data.formattedValue = formatted;
  }
  if (cell.format) data.userEnteredFormat = structuredClone(cell.format);
  if (cell.validation) data.dataValidation = structuredClone(cell.validation);
  if (cell.note !== undefined) data.note = cell.note;
  return data;
}
