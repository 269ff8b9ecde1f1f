import { formatA1 } from "./a1-notation.js";
import type { JsonObject } from "./cells.js";
import { type ApiError, invalidArgument } from "./errors.js";
import { type SheetData, type SpreadsheetData, sheetById } from "./model.js";

/** One request of a spreadsheets.batchUpdate, for handlers and their error messages. */
export interface RequestContext {
  ss: SpreadsheetData;
  index: number;
  kind: string;
}

/** `Invalid requests[0].addSheet: ...`, the prefix Google puts on every batchUpdate error. */
export function fail(ctx: RequestContext, message: string): ApiError {
  return invalidArgument(`Invalid requests[${ctx.index}].${ctx.kind}: ${message}`);
}

export function asObject(raw: unknown): JsonObject {
  return raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as JsonObject) : {};
}

export function asInt(raw: unknown, fallback: number): number {
  return typeof raw === "number" && Number.isInteger(raw) ? raw : fallback;
}

export function sheetFor(ctx: RequestContext, sheetId: unknown): SheetData {
  const id = asInt(sheetId, 0);
  const sheet = sheetById(ctx.ss, id);
  if (!sheet) throw fail(ctx, `No grid with id: ${id}`);
  return sheet;
}

export interface GridArea {
  sheet: SheetData;
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** A GridRange (`{ sheetId, startRowIndex, endRowIndex, ... }`); missing ends run to the grid's edge. */
export function gridArea(ctx: RequestContext, raw: unknown): GridArea {
  const range = asObject(raw);
  const sheet = sheetFor(ctx, range.sheetId);
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  const area = {
    sheet,
    r0: asInt(range.startRowIndex, 0),
    r1: asInt(range.endRowIndex, rowCount),
    c0: asInt(range.startColumnIndex, 0),
    c1: asInt(range.endColumnIndex, columnCount),
  };
  if (area.r0 < 0 || area.c0 < 0 || area.r1 < area.r0 || area.c1 < area.c0) throw fail(ctx, "Invalid range.");
  if (area.r1 > rowCount || area.c1 > columnCount) {
    const shown = formatA1(sheet.properties.title, area.r0, area.c0, area.r1 - 1, area.c1 - 1);
    throw fail(
      ctx,
      `Range (${shown}) exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`,
    );
  }
  return area;
}
