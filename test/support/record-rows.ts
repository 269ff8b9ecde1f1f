import type { ParsedRow } from "../../shared/contacts/contact.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import type { RawRow } from "../../shared/contacts/parse-row.js";
import { type InputChanges, recordTable } from "../../shared/rules/record-table.js";
import { aRow, type Cells, TODAY } from "./a-contact.js";
import { parseRows } from "./evaluate-rows.js";

/** A row as the run reads it: its input cells and the Suggested action the user saw. */
export interface SheetRow {
  cells: Cells;
  action?: string;
}

/** RULES.md §0 on a small table: the updated rows and what the run writes into each. */
export function recordRows(
  rows: readonly (SheetRow | RawRow)[],
  today = TODAY,
): { rows: ParsedRow[]; changes: (InputChanges | undefined)[] } {
  const raw = rows.map((row) => ("rowNumber" in row ? row : aRow(row.cells)));
  const actions = rows.map((row) => ("rowNumber" in row ? "" : (row.action ?? "")));
  return recordTable(parseRows(raw, { today }), actions, dayFromIso(today) as Day);
}

/** One row alone: what the run writes into it (undefined: nothing). */
export function recordOne(cells: Cells, action = "", today = TODAY): InputChanges | undefined {
  return recordRows([{ cells, action }], today).changes[0];
}
