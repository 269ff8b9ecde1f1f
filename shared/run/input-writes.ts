import type { DateColumn } from "../contacts/columns.js";
import { type Day, isoDay } from "../contacts/days.js";
import type { RawRow } from "../contacts/parse-row.js";
import type { InputChanges } from "../rules/record-table.js";
import type { InputWrites } from "./ports.js";

/**
 * The engine's input changes as the cells a store writes: Status as text, days as ISO, Done
 * cleared the way it was read (an unticked checkbox for a checkbox, a blank cell otherwise).
 */
export function inputWrites(changes: InputChanges | undefined, raw: RawRow): InputWrites | undefined {
  if (changes === undefined) return undefined;
  const writes: InputWrites = {};
  let any = false;
  if (changes.status !== undefined) {
    writes.status = changes.status;
    any = true;
  }
  // for...in keeps the order the dates were set in, without an array of entries per row.
  for (const column in changes.dates) {
    writes[column as DateColumn] = isoDay(changes.dates[column as DateColumn] as Day);
    any = true;
  }
  if (changes.clearDone) {
    writes.done = typeof raw.cells.done === "boolean" ? false : "";
    any = true;
  }
  return any ? writes : undefined;
}
