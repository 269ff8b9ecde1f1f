import type { sheets_v4 } from "@googleapis/sheets";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { TABS } from "../../layout/tab-names.js";
import type { CellWrite, TabWrite } from "../grid/grid-document.js";
import { valueRanges } from "./value-ranges.js";

type ValueRange = sheets_v4.Schema$ValueRange;

/**
 * Google recommends at most 2 MB a request; a values.batchUpdate body above this many bytes is
 * split (30,000 contacts on a first run make about 5.7 MB).
 */
export const MAX_WRITE_BYTES = 1_500_000;

/** The JSON body of one values.batchUpdate, as sent. */
export function writeBody(data: ValueRange[]): sheets_v4.Schema$BatchUpdateValuesRequest {
  return { valueInputOption: "RAW", data };
}

export function bodyBytes(data: ValueRange[]): number {
  return Buffer.byteLength(JSON.stringify(writeBody(data)));
}

/**
 * The value ranges of a write, one list per values.batchUpdate call. Under the bound: one call.
 * Above it: calls in an order that leaves the sheet consistent if one fails: contact rows first
 * (a row's cells always in one call), the Today tab next, the Run log last, so a run that fails
 * half way never leaves a Run log row saying it succeeded.
 */
export function writeBatches(writes: readonly TabWrite[], maxBytes = MAX_WRITE_BYTES): ValueRange[][] {
  const rank = (write: TabWrite) =>
    sameTab(write.tab, TABS.runLog) ? 2 : sameTab(write.tab, TODAY_TAB) ? 1 : 0;
  const ordered = [...writes].sort((a, b) => rank(a) - rank(b));
  const all = ordered.flatMap(valueRanges);
  if (bodyBytes(all) <= maxBytes) return [all];
  // Pieces never split: each contact row, and each of Tend's own tabs whole.
  const pieces = ordered.flatMap((write) => (rank(write) === 0 ? rowsOf(write) : [write]));
  const calls: TabWrite[][] = [];
  let current: TabWrite[] = [];
  let size = bodyBytes([]);
  for (const piece of pieces) {
    // Measured alone: rows merged into blocks in one call only get smaller.
    const bytes = valueRanges(piece).reduce(
      (sum, range) => sum + Buffer.byteLength(JSON.stringify(range)) + 1,
      0,
    );
    if (current.length > 0 && size + bytes > maxBytes) {
      calls.push(current);
      current = [];
      size = bodyBytes([]);
    }
    current.push(piece);
    size += bytes;
  }
  if (current.length > 0) calls.push(current);
  return calls.map(mergeTabs);
}

function sameTab(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function rowsOf(write: TabWrite): TabWrite[] {
  const rows = new Map<number, CellWrite[]>();
  for (const cell of write.cells) {
    const list = rows.get(cell.row);
    if (list === undefined) rows.set(cell.row, [cell]);
    else list.push(cell);
  }
  return [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => ({ tab: write.tab, cells: rows.get(row) ?? [] }));
}

/** One call's pieces as value ranges, the rows of a tab merged into blocks again. */
function mergeTabs(pieces: readonly TabWrite[]): ValueRange[] {
  const tabs = new Map<string, CellWrite[]>();
  for (const piece of pieces) {
    const list = tabs.get(piece.tab);
    if (list === undefined) tabs.set(piece.tab, [...piece.cells]);
    else list.push(...piece.cells);
  }
  return [...tabs].flatMap(([tab, cells]) => valueRanges({ tab, cells }));
}
