import type { JsonObject } from "./cells.js";
import { copyMaskedFields } from "./field-mask.js";
import {
  DEFAULT_COLUMN_COUNT,
  DEFAULT_ROW_COUNT,
  type Dimension,
  deleteDimension,
  findSheet,
  insertDimension,
  newSheet,
  nextId,
  reindexSheets,
  resizeGrid,
  type SheetProperties,
  sheetById,
  sortRows,
} from "./model.js";
import { asInt, asObject, fail, gridArea, type RequestContext, sheetFor } from "./request-context.js";
import { sheetPropertiesResource } from "./spreadsheet-resource.js";

/** spreadsheets.batchUpdate requests that change tabs and their grids. */

export function addSheet(ctx: RequestContext, body: JsonObject): JsonObject {
  const requested = asObject(body.properties);
  const title = typeof requested.title === "string" ? requested.title : defaultTitle(ctx);
  if (findSheet(ctx.ss, title)) {
    throw fail(ctx, `A sheet with the name "${title}" already exists. Please enter another name.`);
  }
  const sheetId = asInt(requested.sheetId, nextId(ctx.ss));
  if (sheetById(ctx.ss, sheetId)) throw fail(ctx, `A sheet with the id ${sheetId} already exists.`);
  const grid = asObject(requested.gridProperties);
  const properties: SheetProperties = {
    ...structuredClone(requested),
    sheetId,
    title,
    index: asInt(requested.index, ctx.ss.sheets.length) - 0.5,
    sheetType: typeof requested.sheetType === "string" ? requested.sheetType : "GRID",
    gridProperties: {
      ...structuredClone(grid),
      rowCount: asInt(grid.rowCount, DEFAULT_ROW_COUNT),
      columnCount: asInt(grid.columnCount, DEFAULT_COLUMN_COUNT),
    },
  };
  const sheet = newSheet(properties);
  ctx.ss.sheets.push(sheet);
  reindexSheets(ctx.ss);
  return { addSheet: { properties: sheetPropertiesResource(sheet.properties) } };
}

function defaultTitle(ctx: RequestContext): string {
  for (let n = ctx.ss.sheets.length + 1; ; n++) if (!findSheet(ctx.ss, `Sheet${n}`)) return `Sheet${n}`;
}

export function deleteSheet(ctx: RequestContext, body: JsonObject): undefined {
  const sheet = sheetFor(ctx, body.sheetId);
  if (ctx.ss.sheets.length === 1) throw fail(ctx, "You can't remove all the sheets in a document.");
  ctx.ss.sheets = ctx.ss.sheets.filter((candidate) => candidate !== sheet);
  reindexSheets(ctx.ss);
}

export function updateSheetProperties(ctx: RequestContext, body: JsonObject): undefined {
  const requested = asObject(body.properties);
  const sheet = sheetFor(ctx, requested.sheetId);
  if (typeof body.fields !== "string" || body.fields === "") {
    throw fail(ctx, "At least one field must be updated, but none were specified.");
  }
  const next = structuredClone(sheet.properties);
  copyMaskedFields(next, requested, body.fields);
  next.sheetId = sheet.properties.sheetId;
  const clash = findSheet(ctx.ss, String(next.title));
  if (clash && clash !== sheet) {
    throw fail(ctx, `A sheet with the name "${next.title}" already exists. Please enter another name.`);
  }
  const others = ctx.ss.sheets.filter((candidate) => candidate !== sheet);
  if (next.hidden === true && others.every((other) => other.properties.hidden === true)) {
    throw fail(ctx, "You can't hide all the sheets in a document.");
  }
  const grid = next.gridProperties;
  if (!(grid.rowCount > 0 && grid.columnCount > 0))
    throw fail(ctx, "The grid must have at least one row and column.");
  resizeGrid(sheet, grid.rowCount, grid.columnCount);
  const movedTo = next.index;
  sheet.properties = next;
  if (movedTo !== undefined && body.fields.includes("index")) {
    sheet.properties.index = movedTo - 0.5;
    reindexSheets(ctx.ss);
  }
}

export function updateSpreadsheetProperties(ctx: RequestContext, body: JsonObject): undefined {
  if (typeof body.fields !== "string" || body.fields === "") {
    throw fail(ctx, "At least one field must be updated, but none were specified.");
  }
  copyMaskedFields(ctx.ss.properties, asObject(body.properties), body.fields);
}

interface DimensionArea {
  sheet: ReturnType<typeof sheetFor>;
  dimension: Dimension;
  start: number;
  end: number;
}

function dimensionRange(ctx: RequestContext, raw: unknown): DimensionArea {
  const range = asObject(raw);
  const sheet = sheetFor(ctx, range.sheetId);
  const dimension = range.dimension === "COLUMNS" ? "COLUMNS" : "ROWS";
  if (range.dimension !== "ROWS" && range.dimension !== "COLUMNS")
    throw fail(ctx, "dimension must be specified.");
  const grid = sheet.properties.gridProperties;
  const size = dimension === "ROWS" ? grid.rowCount : grid.columnCount;
  const start = asInt(range.startIndex, 0);
  const end = asInt(range.endIndex, size);
  if (start < 0 || end < start) throw fail(ctx, "Invalid dimension range.");
  return { sheet, dimension, start, end };
}

export function insertDimensionRequest(ctx: RequestContext, body: JsonObject): undefined {
  const area = dimensionRange(ctx, body.range);
  const grid = area.sheet.properties.gridProperties;
  const size = area.dimension === "ROWS" ? grid.rowCount : grid.columnCount;
  if (area.start > size) throw fail(ctx, `Invalid insert index ${area.start}; the sheet has only ${size}.`);
  if (area.start === 0 && body.inheritFromBefore === true) {
    throw fail(ctx, "Cannot inherit properties from before if inserting at the start of the sheet.");
  }
  insertDimension(area.sheet, area.dimension, area.start, area.end - area.start);
}

export function deleteDimensionRequest(ctx: RequestContext, body: JsonObject): undefined {
  const area = dimensionRange(ctx, body.range);
  const grid = area.sheet.properties.gridProperties;
  const size = area.dimension === "ROWS" ? grid.rowCount : grid.columnCount;
  const end = Math.min(area.end, size);
  if (area.start === 0 && end >= size) {
    const what = area.dimension === "ROWS" ? "rows" : "columns";
    throw fail(ctx, `You can't delete all the ${what} on the sheet.`);
  }
  deleteDimension(area.sheet, area.dimension, area.start, end);
}

export function appendDimension(ctx: RequestContext, body: JsonObject): undefined {
  const sheet = sheetFor(ctx, body.sheetId);
  const length = asInt(body.length, 0);
  if (length <= 0) throw fail(ctx, "length must be positive.");
  const grid = sheet.properties.gridProperties;
  if (body.dimension === "COLUMNS") grid.columnCount += length;
  else grid.rowCount += length;
}

export function updateDimensionProperties(ctx: RequestContext, body: JsonObject): undefined {
  const area = dimensionRange(ctx, body.range);
  if (typeof body.fields !== "string" || body.fields === "") {
    throw fail(ctx, "At least one field must be updated, but none were specified.");
  }
  const metadata = area.dimension === "ROWS" ? area.sheet.rowMetadata : area.sheet.columnMetadata;
  for (let i = area.start; i < area.end; i++) {
    const entry = metadata[i] ?? {};
    copyMaskedFields(entry, asObject(body.properties), body.fields);
    metadata[i] = entry;
  }
}

export function sortRange(ctx: RequestContext, body: JsonObject): undefined {
  const area = gridArea(ctx, body.range);
  const specs = (Array.isArray(body.sortSpecs) ? body.sortSpecs : []).map((raw) => {
    const spec = asObject(raw);
    const column = asInt(spec.dimensionIndex, 0);
    if (column < area.c0 || column >= area.c1)
      throw fail(ctx, "sortSpecs dimensionIndex is outside the range.");
    return { column, descending: spec.sortOrder === "DESCENDING" };
  });
  if (specs.length === 0) throw fail(ctx, "At least one sortSpec is required.");
  sortRows(area.sheet, area.r0, area.r1, area.c0, area.c1, specs);
}
