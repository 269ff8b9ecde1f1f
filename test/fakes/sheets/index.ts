/**
 * Test doubles for Google: a fake Sheets API v4 (`startFakeSheets`) and a fake GCE metadata
 * server (`startFakeMetadata`) for Application Default Credentials. Both listen on 127.0.0.1.
 */
export { columnIndex, columnLetters, quoteSheetName } from "./a1-notation.js";
export type { CallMatcher, CallRecord, Endpoint } from "./calls.js";
export type { Cell, CellValue, ValueRenderOption } from "./cells.js";
export type { CellInput, SortOptions, SpreadsheetSpec, TabSpec } from "./direct-edits.js";
export {
  FakeSheets,
  type FakeSheetsOptions,
  type FaultPolicy,
  type RequestHook,
  startFakeSheets,
} from "./fake-sheets.js";
export { type Fault, faults } from "./faults.js";
export {
  FakeMetadata,
  type FakeMetadataOptions,
  type MetadataRequest,
  startFakeMetadata,
  useFakeMetadataEnv,
} from "./metadata-server.js";
export type { SheetData, SheetProperties, SpreadsheetData } from "./model.js";
export { type Cassette, type ReplayedExchange, replayCassette } from "./replay.js";
