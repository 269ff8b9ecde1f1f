import { headerOf, INPUT_COLUMNS, type InputColumn, TABLE_COLUMN_ORDER } from "../../contacts/columns.js";
import type { HeaderMap } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import type { ImportCells, ImportWrites } from "../../run/ports.js";

/** Where an import's cells go in a grid (workbook, CSV, Google Sheet), and which headers it adds. */
export interface ImportColumns {
  positions: Partial<Record<InputColumn, number>>;
  /** Columns the table lacks, added at the right end of the header, in Tend's column order. */
  added: { column: InputColumn; at: number; header: string }[];
}

// First Name and Last Name are the user's layout choice: they are written where the table has
// them instead of a Name column, and never added.
const ORDER: readonly InputColumn[] = [
  ...TABLE_COLUMN_ORDER.filter((column): column is InputColumn => column in INPUT_COLUMNS),
  "firstName",
  "lastName",
];

export function importColumnPositions(
  header: readonly string[],
  map: HeaderMap,
  writes: ImportWrites,
  firstFree = lastUsedColumn(header) + 1,
): ImportColumns {
  const used = new Set<InputColumn>();
  const note = (cells: ImportCells) => {
    for (const column in cells) used.add(column as InputColumn);
  };
  for (const change of writes.changes) note(change.cells);
  for (const row of writes.newRows) note(row);

  const splitName =
    map.input.name === undefined && map.input.firstName !== undefined && map.input.lastName !== undefined;
  const positions: ImportColumns["positions"] = {};
  const added: ImportColumns["added"] = [];
  let next = Math.max(firstFree, lastUsedColumn(header) + 1);
  for (const column of ORDER) {
    if (!used.has(column)) continue;
    const existing = map.input[column];
    const isNamePart = column === "firstName" || column === "lastName";
    if (isNamePart && !splitName) continue;
    if (existing !== undefined) {
      if (!(column === "name" && splitName)) positions[column] = existing;
      continue;
    }
    if (isNamePart || (column === "name" && splitName)) continue;
    positions[column] = next;
    added.push({ column, at: next, header: headerOf(column) });
    next += 1;
  }
  return { positions, added };
}

/** The cells of one row to write, by position, in column order. */
export function cellsAt(
  cells: ImportCells,
  positions: ImportColumns["positions"],
): { at: number; column: InputColumn; value: string }[] {
  const out: { at: number; column: InputColumn; value: string }[] = [];
  for (const [column, value] of Object.entries(cells) as [InputColumn, string][]) {
    const at = positions[column];
    if (at !== undefined) out.push({ at, column, value });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** 0-based index of the last row holding anything (-1 when the grid is empty). */
export function lastNonBlankRow(grid: readonly (readonly CellValue[] | undefined)[]): number {
  for (let index = grid.length - 1; index >= 0; index--) {
    const row = grid[index];
    if (row?.some((cell) => cellText(cell) !== "")) return index;
  }
  return -1;
}

function lastUsedColumn(header: readonly string[]): number {
  for (let index = header.length - 1; index >= 0; index--)
    if ((header[index] ?? "").trim() !== "") return index;
  return -1;
}
