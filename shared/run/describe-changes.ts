import type { ParsedRow } from "../contacts/contact.js";
import type { RunSummary } from "./daily-run.js";
import type { RowUpdate, StoredRow } from "./ports.js";

/** One entry per update: the row, its name, the action before and after. */
export function describeChanges(
  updates: readonly RowUpdate[],
  rows: readonly StoredRow[],
  parsed: readonly ParsedRow[],
): RunSummary["changes"] {
  // Grid stores number their rows by place (`ref` is the index): the map is made only for a
  // store whose refs are something else.
  let indexOfRef: Map<string | number, number> | undefined;
  const indexOf = (ref: string | number): number => {
    if (typeof ref === "number" && rows[ref]?.ref === ref) return ref;
    if (indexOfRef === undefined) {
      indexOfRef = new Map();
      for (let index = 0; index < rows.length; index++) indexOfRef.set((rows[index] as StoredRow).ref, index);
    }
    return indexOfRef.get(ref) ?? -1;
  };
  const changes: RunSummary["changes"] = new Array(updates.length);
  for (let at = 0; at < updates.length; at++) {
    const update = updates[at] as RowUpdate;
    const index = indexOf(update.ref);
    const before = rows[index]?.output.suggestedAction ?? "";
    const row = parsed[index];
    changes[at] = {
      row: update.rowNumber,
      name: row?.kind === "contact" ? row.contact.name : "",
      before,
      after: update.cells.suggestedAction ?? before,
    };
  }
  return changes;
}

/** The cells the updates write, counted without an array of keys per update. */
export function cellsChanged(updates: readonly RowUpdate[]): number {
  let count = 0;
  for (let at = 0; at < updates.length; at++) {
    const update = updates[at] as RowUpdate;
    for (const _ in update.cells) count++;
    for (const _ in update.inputs) count++;
  }
  return count;
}
