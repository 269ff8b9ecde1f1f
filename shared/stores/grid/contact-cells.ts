import { DATE_COLUMN_SET, type InputColumn, type OutputColumn } from "../../contacts/columns.js";
import type { RowUpdate } from "../../run/ports.js";
import type { CellWrite, GridValue } from "./grid-document.js";
import type { Place } from "./tend-column-order.js";

/**
 * The contacts' cells, a row at a time in column order. Small functions of their own: a loop
 * over every row inside save made save hot, and V8's optimisation of it (tens of milliseconds
 * on a background thread) finished only after the run, which had to wait for it to exit.
 */
export function contactCells(
  updates: readonly RowUpdate[],
  targets: ReadonlyMap<number, number>,
  headerRow: number,
  order: readonly Place[],
  cells: CellWrite[],
): void {
  for (const update of updates) {
    const target = targets.get(Number(update.ref));
    if (target !== undefined) rowCells(update, headerRow + 1 + target, order, cells);
  }
}

function rowCells(update: RowUpdate, row: number, order: readonly Place[], cells: CellWrite[]): void {
  const inputs = update.inputs;
  // An indexed loop: this runs for every cell Tend writes, mostly before V8 optimises it.
  for (let index = 0; index < order.length; index++) {
    const { column, at, input } = order[index] as Place;
    if (input) {
      const value = inputs?.[column as InputColumn];
      if (value !== undefined)
        cells.push({ row, column: at, value: inputValue(column as InputColumn, value) });
    } else {
      const text = update.cells[column as OutputColumn];
      if (text !== undefined) cells.push({ row, column: at, value: text === "" ? null : text });
    }
  }
}

/** Days go as days (each document writes its own kind of date), "" clears, a checkbox stays a checkbox. */
function inputValue(column: InputColumn, value: string | boolean): GridValue {
  if (typeof value === "boolean") return value;
  if (value === "") return null;
  return DATE_COLUMN_SET.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { day: value } : value;
}
