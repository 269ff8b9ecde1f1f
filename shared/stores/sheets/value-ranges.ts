import type { sheets_v4 } from "@googleapis/sheets";
import type { CellWrite, GridValue, TabWrite } from "../grid/grid-document.js";
import { cellRange } from "./a1.js";

type Value = string | number | boolean;

/**
 * The cells of one tab write as few A1 ranges as they make: neighbouring cells of a row in one
 * run, and runs with the same columns on consecutive rows in one block (the Run log and the
 * Today blocks are each one range; a contact row's changed output cells one or two).
 */
export function valueRanges(write: TabWrite): sheets_v4.Schema$ValueRange[] {
  const rows = new Map<number, CellWrite[]>();
  for (const cell of write.cells) {
    const list = rows.get(cell.row);
    if (list === undefined) rows.set(cell.row, [cell]);
    else list.push(cell);
  }
  const done: { top: number; first: number; values: Value[][] }[] = [];
  let open = new Map<string, { top: number; first: number; values: Value[][] }>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { top: number; first: number; values: Value[][] }>();
    for (const run of runsOf(rows.get(row) ?? [])) {
      const key = `${run.first}:${run.values.length}`;
      const block = open.get(key);
      if (block !== undefined && block.top + block.values.length === row) {
        block.values.push(run.values);
        open.delete(key);
        next.set(key, block);
      } else next.set(key, { top: row, first: run.first, values: [run.values] });
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.map((block) => ({
    range: cellRange(
      write.tab,
      block.first,
      block.first + (block.values[0]?.length ?? 1) - 1,
      block.top + 1,
      block.top + block.values.length,
    ),
    values: block.values,
  }));
}

function runsOf(cells: readonly CellWrite[]): { first: number; values: Value[] }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column);
  const runs: { first: number; values: Value[] }[] = [];
  let last = Number.NaN;
  for (const cell of sorted) {
    const current = runs[runs.length - 1];
    if (current !== undefined && cell.column === last + 1) current.values.push(sheetValue(cell.value));
    else runs.push({ first: cell.column, values: [sheetValue(cell.value)] });
    last = cell.column;
  }
  return runs;
}

/** RAW values: "" clears a cell (null would leave it as it is); days go as ISO text, which reads back as the same day. */
function sheetValue(value: GridValue): Value {
  if (value === null) return "";
  if (typeof value !== "object") return value;
  return "day" in value ? value.day : value.link;
}
