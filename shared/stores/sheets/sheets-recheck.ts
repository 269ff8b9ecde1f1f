import type { sheets_v4 } from "@googleapis/sheets";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText, type RawRow } from "../../contacts/parse-row.js";
import { rowIdentity } from "../../contacts/row-identity.js";
import { TendError } from "../../errors/tend-error.js";
import type { GridTable } from "../grid-table.js";

/*
 * What the Sheets store checks right before writing, on the columns it re-read: the user may
 * have sorted, inserted or deleted rows, or moved columns, since the run read the sheet.
 */

/** The Started at of the Run log's last row ("" when empty): each run's own mark. */
export function lastRunStarted(rows: readonly (readonly CellValue[])[]): string {
  const filled = rows.slice(1).filter((row) => cellText(row[0]) !== "");
  return cellText(filled.at(-1)?.[0]);
}

/** The columns a row's identity is made of (see rowIdentity), where the sheet has them. */
export function identityColumns(table: GridTable): [keyof RawRow["cells"], number][] {
  return (["linkedinUrl", "name", "firstName", "lastName"] as const).flatMap((column) => {
    const at = table.map.input[column];
    return at === undefined ? [] : [[column, at] as [keyof RawRow["cells"], number]];
  });
}

export function currentIdentities(
  keyColumns: [keyof RawRow["cells"], number][],
  columns: sheets_v4.Schema$ValueRange[],
): string[] {
  // Each range is one column read as rows: [[header], [row 2], [], ...] (empty cells ragged).
  const values = columns.map((range) => ((range.values ?? []) as CellValue[][]).map((row) => row[0]));
  const rows = Math.max(0, ...values.map((column) => column.length - 1));
  const identities: string[] = [];
  for (let index = 0; index < rows; index++) {
    const cells: RawRow["cells"] = {};
    keyColumns.forEach(([column], position) => {
      cells[column] = values[position]?.[index + 1];
    });
    identities.push(rowIdentity({ rowNumber: index + 2, cells }));
  }
  return identities;
}

/** Moving or renaming a column Tend reads or writes mid-run stops the run: writing would land in the wrong column. */
export function assertSameColumns(
  before: readonly string[],
  now: readonly string[],
  positions: number[],
): void {
  for (const at of positions) {
    if ((before[at] ?? "") !== (now[at] ?? "") && (before[at] ?? "") !== "") {
      throw new TendError(
        "changed",
        `The Contacts columns changed while Tend was running ("${before[at]}" is no longer in its place); nothing was written. Run again`,
      );
    }
  }
}
