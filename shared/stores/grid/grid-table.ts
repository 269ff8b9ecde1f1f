import {
  INPUT_COLUMNS,
  type InputColumn,
  OUTPUT_COLUMN_KEYS,
  type OutputColumn,
} from "../../contacts/columns.js";
import { columnLetter, type HeaderMap, matchHeaders } from "../../contacts/header-match.js";
import { readOutputCells } from "../../contacts/output-cells.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText, type RawRow } from "../../contacts/parse-row.js";
import type { StoredRow } from "../../run/ports.js";
import { inputCellsAt, inputPositions } from "./grid-row-cells.js";

/**
 * A contacts table held as a grid of cells (workbook, CSV, Google Sheet): the header row
 * matched once, every data row turned into a StoredRow whose `ref` is its 0-based data index.
 */
export interface GridTable {
  header: string[];
  map: HeaderMap;
  rows: StoredRow[];
  warnings: string[];
}

const INPUT_KEYS = Object.keys(INPUT_COLUMNS) as InputColumn[];

export function readGridTable(
  header: readonly CellValue[],
  dataRows: readonly (readonly CellValue[])[],
  /** A cell's hyperlink target (data index, column), where the grid has links: a profile shown as "View profile" is read by its address. */
  linkOf?: (index: number, column: number) => string | undefined,
  /** The row number (as the user sees it) of the first data row: the header may sit under a title. */
  firstRowNumber = 2,
  /** Whether a cell (data index, column) holds a formula saved without its result. */
  isUncomputed?: (index: number, column: number) => boolean,
): GridTable {
  const headerTexts = header.map((cell) => cellText(cell));
  const map = matchHeaders(headerTexts);
  const positions = inputPositions(map);
  // Only the columns the table has, for the (rare) formulas saved without a result.
  const inputAt = INPUT_KEYS.filter((column) => positions[column] >= 0);
  const output = map.output;
  const unknownAt = map.unknown;
  const linkColumn = map.input.linkedinUrl;
  // Runs for every row: index loops and literals, no per-row arrays or closures.
  const rows: StoredRow[] = new Array(dataRows.length);
  for (let index = 0; index < dataRows.length; index++) {
    const cells = dataRows[index] as readonly CellValue[];
    const input = inputCellsAt(cells, positions);
    const link = linkColumn === undefined || linkOf === undefined ? undefined : linkOf(index, linkColumn);
    if (link !== undefined) input.linkedinUrl = link;
    const raw: RawRow = { rowNumber: index + firstRowNumber, cells: input };
    if (isUncomputed !== undefined) {
      for (const column of inputAt) {
        const at = positions[column];
        if (!isUncomputed(index, at)) continue;
        raw.uncomputed ??= [];
        raw.uncomputed.push({ column, cell: `${columnLetter(at)}${index + firstRowNumber}` });
      }
    }
    for (let unknown = 0; unknown < unknownAt.length; unknown++) {
      const value = cells[unknownAt[unknown] as number];
      if (value !== undefined && value !== null && value !== "" && cellText(value) !== "") {
        raw.hasUnknownContent = true;
        break;
      }
    }
    rows[index] = {
      ref: index,
      raw,
      output: readOutputCells({
        suggestedAction: cellAt(cells, output.suggestedAction),
        why: cellAt(cells, output.why),
        priority: cellAt(cells, output.priority),
        due: cellAt(cells, output.due),
        draftMessage: cellAt(cells, output.draftMessage),
      }),
    };
  }
  const warnings = map.duplicates.map(
    (duplicate) =>
      `Column "${duplicate.header}" repeats the ${duplicate.column} column found earlier: Tend reads the first and leaves this one alone`,
  );
  return { header: headerTexts, map, rows, warnings };
}

/** Where the output columns are, adding the missing ones at the right end of the header. */
export function outputColumnPositions(
  table: GridTable,
  firstFree?: number,
): {
  positions: Record<OutputColumn, number>;
  added: OutputColumn[];
} {
  const { positions, added } = tendColumnPositions(table, [], firstFree);
  return { positions: positions as Record<OutputColumn, number>, added: added as OutputColumn[] };
}

/**
 * Where the output columns and the input columns a run writes (Done, the dates it fills) are,
 * adding the missing ones at the right end of the header: the outputs first, then the inputs.
 */
export function tendColumnPositions(
  table: Pick<GridTable, "header" | "map">,
  inputs: readonly InputColumn[],
  /** The first column after everything the sheet holds, in any row. */
  firstFree = lastUsedColumn(table.header) + 1,
): { positions: Partial<Record<OutputColumn | InputColumn, number>>; added: (OutputColumn | InputColumn)[] } {
  const positions: Partial<Record<OutputColumn | InputColumn, number>> = {};
  const added: (OutputColumn | InputColumn)[] = [];
  let next = firstFree;
  const place = (column: OutputColumn | InputColumn, existing: number | undefined) => {
    if (existing !== undefined) positions[column] = existing;
    else {
      positions[column] = next++;
      added.push(column);
    }
  };
  for (const column of OUTPUT_COLUMN_KEYS) place(column, table.map.output[column]);
  const wanted = new Set(inputs);
  for (const column of INPUT_KEYS) if (wanted.has(column)) place(column, table.map.input[column]);
  return { positions, added };
}

function cellAt(cells: readonly CellValue[], at: number | undefined): CellValue {
  return at === undefined ? undefined : cells[at];
}

function lastUsedColumn(header: readonly string[]): number {
  for (let index = header.length - 1; index >= 0; index--) if (header[index] !== "") return index;
  return -1;
}
