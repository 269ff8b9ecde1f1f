import type { CellWrite } from "./types.js";

/** The writes of one sheet in file order, one per cell: a later write to a cell wins; bad places are refused. */
export function lastWriteWins(writes: readonly CellWrite[]): readonly CellWrite[] {
  for (let at = 0; at < writes.length; at++) {
    const write = writes[at] as CellWrite;
    if (
      !Number.isInteger(write.row) ||
      !Number.isInteger(write.column) ||
      write.row < 0 ||
      write.column < 0
    ) {
      throw new Error(
        `a cell write needs a row and a column counted from 0, not ${write.row},${write.column}`,
      );
    }
    if (write.row > 1_048_575 || write.column > 16_383)
      throw new Error(`cell ${write.row},${write.column} is beyond Excel's grid`);
  }
  // Tend hands its writes over in order, one per cell: then there is nothing to sort or drop.
  if (isSorted(writes)) return writes;
  const byPlace = new Map<number, CellWrite>();
  for (const write of writes) byPlace.set(write.row * 16_384 + write.column, write);
  const ordered = [...byPlace.values()];
  return isSorted(ordered) ? ordered : ordered.sort((a, b) => a.row - b.row || a.column - b.column);
}

function isSorted(writes: readonly CellWrite[]): boolean {
  for (let at = 1; at < writes.length; at++) {
    const previous = writes[at - 1] as CellWrite;
    const write = writes[at] as CellWrite;
    if (write.row < previous.row || (write.row === previous.row && write.column <= previous.column))
      return false;
  }
  return true;
}
