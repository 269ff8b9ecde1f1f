import {
  addChart,
  addConditionalFormatRule,
  addFilterView,
  addProtectedRange,
  deleteProtectedRange,
  repeatCell,
  setDataValidation,
  updateProtectedRange,
} from "./cell-requests.js";
import type { JsonObject } from "./cells.js";
import { invalidArgument, invalidValue, unknownField } from "./errors.js";
import type { SpreadsheetData } from "./model.js";
import { asObject, type RequestContext } from "./request-context.js";
import {
  addSheet,
  appendDimension,
  deleteDimensionRequest,
  deleteSheet,
  insertDimensionRequest,
  sortRange,
  updateDimensionProperties,
  updateSheetProperties,
  updateSpreadsheetProperties,
} from "./sheet-requests.js";
import { spreadsheetResource } from "./spreadsheet-resource.js";

type Handler = (ctx: RequestContext, body: JsonObject) => JsonObject | undefined;

const HANDLERS: Record<string, Handler> = {
  addSheet,
  deleteSheet,
  updateSheetProperties,
  updateSpreadsheetProperties,
  insertDimension: insertDimensionRequest,
  deleteDimension: deleteDimensionRequest,
  appendDimension,
  updateDimensionProperties,
  sortRange,
  setDataValidation,
  repeatCell,
  addProtectedRange,
  deleteProtectedRange,
  updateProtectedRange,
  addConditionalFormatRule,
  addFilterView,
  addChart,
};

/** The request kinds the fake understands; anything else fails like an unknown JSON field. */
export const SUPPORTED_REQUESTS = Object.keys(HANDLERS);

/** Runs the requests in order on `ss` (the caller passes a copy and keeps it only if this returns). */
export function applyBatchUpdate(ss: SpreadsheetData, body: unknown): JsonObject {
  const request = asObject(body);
  const requests = request.requests ?? [];
  if (!Array.isArray(requests)) {
    throw invalidValue("requests", "type.googleapis.com/google.apps.sheets.v4.Request", requests);
  }
  if (requests.length === 0) throw invalidArgument("Must specify at least one request.");
  const replies = requests.map((raw, index) => {
    const entry = asObject(raw);
    const kinds = Object.keys(entry);
    const [kind] = kinds;
    if (kind === undefined) throw invalidArgument(`Invalid requests[${index}]: No request set.`);
    if (kinds.length > 1) {
      throw invalidArgument(
        `Invalid JSON payload received. Oneof field 'kind' is already set. Cannot set '${kinds[1]}'`,
      );
    }
    const handler = HANDLERS[kind];
    if (!handler) throw unknownField(kind, `requests[${index}]`);
    return handler({ ss, index, kind }, asObject(entry[kind])) ?? {};
  });
  const response: JsonObject = { spreadsheetId: ss.spreadsheetId, replies };
  if (request.includeSpreadsheetInResponse === true) {
    response.updatedSpreadsheet = spreadsheetResource(ss, { ranges: [], includeGridData: false });
  }
  return response;
}
