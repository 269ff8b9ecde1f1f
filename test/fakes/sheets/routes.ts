import { applyBatchUpdate } from "./batch-update.js";
import type { Endpoint } from "./calls.js";
import type { JsonObject } from "./cells.js";
import { ApiError, invalidArgument, invalidValue, notFound } from "./errors.js";
import { applyMask, parseFieldMask } from "./field-mask.js";
import type { SpreadsheetData } from "./model.js";
import { majorDimension, renderOptions, valueInputOption } from "./options.js";
import { spreadsheetResource } from "./spreadsheet-resource.js";
import { appendValues, clearRange, readValues, type Touched, writeValues } from "./values-api.js";

/** Which Sheets v4 method a request is, from its method and raw (still percent-encoded) path. */
export interface RouteInfo {
  endpoint: Endpoint;
  spreadsheetId: string | undefined;
  pathRange: string | undefined;
}

const ID = "([^/:]+)";
const PATTERNS: [string, RegExp, Endpoint][] = [
  ["POST", /^\/v4\/spreadsheets\/?$/, "spreadsheets.create"],
  ["GET", new RegExp(`^/v4/spreadsheets/${ID}$`), "spreadsheets.get"],
  ["POST", new RegExp(`^/v4/spreadsheets/${ID}:batchUpdate$`), "spreadsheets.batchUpdate"],
  ["GET", new RegExp(`^/v4/spreadsheets/${ID}/values:batchGet$`), "values.batchGet"],
  ["POST", new RegExp(`^/v4/spreadsheets/${ID}/values:batchUpdate$`), "values.batchUpdate"],
  ["POST", new RegExp(`^/v4/spreadsheets/${ID}/values:batchClear$`), "values.batchClear"],
  ["POST", new RegExp(`^/v4/spreadsheets/${ID}/values/(.+):append$`), "values.append"],
  ["POST", new RegExp(`^/v4/spreadsheets/${ID}/values/(.+):clear$`), "values.clear"],
  ["GET", new RegExp(`^/v4/spreadsheets/${ID}/values/(.+)$`), "values.get"],
  ["PUT", new RegExp(`^/v4/spreadsheets/${ID}/values/(.+)$`), "values.update"],
];

export function routeRequest(method: string, rawPath: string): RouteInfo {
  for (const [verb, pattern, endpoint] of PATTERNS) {
    const match = verb === method ? pattern.exec(rawPath) : null;
    if (!match) continue;
    const [, id, range] = match;
    return {
      endpoint,
      spreadsheetId: id === undefined ? undefined : safeDecode(id),
      pathRange: range === undefined ? undefined : safeDecode(range),
    };
  }
  return { endpoint: "unknown", spreadsheetId: undefined, pathRange: undefined };
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const COMMON_PARAMS = [
  "fields",
  "alt",
  "prettyPrint",
  "key",
  "$.xgafv",
  "quotaUser",
  "access_token",
  "callback",
];
const WRITE_PARAMS = [
  "valueInputOption",
  "includeValuesInResponse",
  "responseValueRenderOption",
  "responseDateTimeRenderOption",
];
const READ_PARAMS = ["majorDimension", "valueRenderOption", "dateTimeRenderOption"];
const PARAMS: Record<Endpoint, string[]> = {
  "spreadsheets.get": ["ranges", "includeGridData", "excludeTablesInBandedRanges"],
  "spreadsheets.create": [],
  "spreadsheets.batchUpdate": [],
  "values.get": READ_PARAMS,
  "values.batchGet": ["ranges", ...READ_PARAMS],
  "values.update": WRITE_PARAMS,
  "values.append": [...WRITE_PARAMS, "insertDataOption"],
  "values.batchUpdate": [],
  "values.clear": [],
  "values.batchClear": [],
  unknown: [],
};

/** The model operations routes need: read a spreadsheet, or change a copy and commit it whole. */
export interface SpreadsheetStore {
  read(id: string): SpreadsheetData;
  mutate<T>(id: string, change: (copy: SpreadsheetData) => T): T;
  create(body: unknown): SpreadsheetData;
}

export interface RouteRequest extends RouteInfo {
  query: Record<string, string[]>;
  body: unknown;
}

/** Runs one call against the store; throws ApiError for anything Google would refuse. */
export function handleRoute(store: SpreadsheetStore, request: RouteRequest): unknown {
  const { endpoint, query } = request;
  if (endpoint === "unknown")
    throw new ApiError(404, "NOT_FOUND", "The fake Sheets API does not serve this URL.");
  const allowed = new Set([...COMMON_PARAMS, ...PARAMS[endpoint]]);
  for (const name of Object.keys(query)) {
    if (!allowed.has(name)) {
      throw invalidArgument(
        `Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`,
      );
    }
  }
  const result = dispatch(store, request);
  const fields = first(query, "fields");
  return fields === undefined ? result : applyMask(result, parseFieldMask(fields));
}

function first(query: Record<string, string[]>, name: string): string | undefined {
  return query[name]?.[0];
}

function flag(query: Record<string, string[]>, name: string): boolean {
  return first(query, name)?.toLowerCase() === "true";
}

function dispatch(store: SpreadsheetStore, request: RouteRequest): unknown {
  const { endpoint, query } = request;
  if (endpoint === "spreadsheets.create")
    return spreadsheetResourceFor(store.create(request.body), [], false);
  const id = request.spreadsheetId;
  if (id === undefined) throw notFound();
  const body = asBody(request.body);
  const range = request.pathRange ?? "";
  const read = () => renderOptions(first(query, "valueRenderOption"), first(query, "dateTimeRenderOption"));
  const echo = () =>
    flag(query, "includeValuesInResponse")
      ? renderOptions(first(query, "responseValueRenderOption"), first(query, "responseDateTimeRenderOption"))
      : undefined;
  switch (endpoint) {
    case "spreadsheets.get": {
      const fields = first(query, "fields") ?? "";
      const withGrid = flag(query, "includeGridData") || /\bdata\b/.test(fields);
      return spreadsheetResourceFor(store.read(id), query.ranges ?? [], withGrid);
    }
    case "spreadsheets.batchUpdate":
      return store.mutate(id, (ss) => applyBatchUpdate(ss, request.body));
    case "values.get":
      return readValues(store.read(id), range, read(), majorDimension(first(query, "majorDimension")));
    case "values.batchGet": {
      const ss = store.read(id);
      const dimension = majorDimension(first(query, "majorDimension"));
      const valueRanges = (query.ranges ?? []).map((input) => readValues(ss, input, read(), dimension));
      return valueRanges.length > 0 ? { spreadsheetId: id, valueRanges } : { spreadsheetId: id };
    }
    case "values.update": {
      const inputOption = valueInputOption(first(query, "valueInputOption"));
      const dimension = majorDimension(body.majorDimension, "data.major_dimension");
      const write = {
        range,
        values: body.values,
        inputOption,
        dimension,
        field: "data.values",
        echo: echo(),
      };
      return store.mutate(id, (ss) => writeValues(ss, write).response);
    }
    case "values.append": {
      const inputOption = valueInputOption(first(query, "valueInputOption"));
      const dimension = majorDimension(body.majorDimension, "data.major_dimension");
      const insert = first(query, "insertDataOption") === "INSERT_ROWS" ? "INSERT_ROWS" : "OVERWRITE";
      const append = {
        range,
        values: body.values,
        inputOption,
        dimension,
        field: "data.values",
        echo: echo(),
      };
      return store.mutate(id, (ss) => appendValues(ss, { ...append, insertDataOption: insert }));
    }
    case "values.batchUpdate":
      return store.mutate(id, (ss) => batchUpdateValues(ss, body));
    case "values.clear":
      return store.mutate(id, (ss) => ({ spreadsheetId: id, clearedRange: clearRange(ss, range) }));
    case "values.batchClear": {
      const ranges = Array.isArray(body.ranges) ? body.ranges.map(String) : [];
      return store.mutate(id, (ss) => ({
        spreadsheetId: id,
        clearedRanges: ranges.map((input) => clearRange(ss, input)),
      }));
    }
    default:
      throw notFound();
  }
}

function spreadsheetResourceFor(ss: SpreadsheetData, ranges: string[], includeGridData: boolean): JsonObject {
  return spreadsheetResource(ss, { ranges, includeGridData });
}

function asBody(body: unknown): JsonObject {
  if (body === undefined || body === null) return {};
  if (typeof body !== "object" || Array.isArray(body))
    throw invalidArgument("Invalid JSON payload received.");
  return body as JsonObject;
}

function batchUpdateValues(ss: SpreadsheetData, body: JsonObject): JsonObject {
  const inputOption = valueInputOption(body.valueInputOption);
  const echo =
    body.includeValuesInResponse === true
      ? renderOptions(body.responseValueRenderOption, body.responseDateTimeRenderOption, "response_")
      : undefined;
  const data = body.data ?? [];
  if (!Array.isArray(data))
    throw invalidValue("data", "type.googleapis.com/google.apps.sheets.v4.ValueRange", data);
  const results = data.map((raw, i) => {
    const entry = asBody(raw);
    const dimension = majorDimension(entry.majorDimension, `data[${i}].major_dimension`);
    const range = typeof entry.range === "string" ? entry.range : "";
    const write = { range, values: entry.values, inputOption, dimension, field: `data[${i}].values`, echo };
    return writeValues(ss, write);
  });
  const response: JsonObject = { spreadsheetId: ss.spreadsheetId };
  const totals = totalsOf(results.map((result) => result.touched));
  if (totals.cells > 0) {
    response.totalUpdatedRows = totals.rows;
    response.totalUpdatedColumns = totals.cols;
    response.totalUpdatedCells = totals.cells;
    response.totalUpdatedSheets = totals.sheets;
  }
  if (results.length > 0) response.responses = results.map((result) => result.response);
  return response;
}

/** Google's totals count distinct rows and columns touched per sheet, not the sum of each write. */
function totalsOf(touched: Touched[]): { rows: number; cols: number; cells: number; sheets: number } {
  const bySheet = new Map<number, { rows: Set<number>; cols: Set<number> }>();
  let cells = 0;
  for (const write of touched) {
    if (write.cells === 0) continue;
    const entry = bySheet.get(write.sheetId) ?? { rows: new Set<number>(), cols: new Set<number>() };
    for (const row of write.rows) entry.rows.add(row);
    for (const col of write.cols) entry.cols.add(col);
    bySheet.set(write.sheetId, entry);
    cells += write.cells;
  }
  let rows = 0;
  let cols = 0;
  for (const entry of bySheet.values()) {
    rows += entry.rows.size;
    cols += entry.cols.size;
  }
  return { rows, cols, cells, sheets: bySheet.size };
}
