import { matchHeaders } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";

/** Rows looked at for a header: a title or a few notes above the table, not a whole sheet. */
const HEADER_SEARCH_ROWS = 50;

/**
 * The header row of a contacts table: the first row holding Name (or First and Last Name) or
 * LinkedIn URL and at least one more column Tend knows. Rows above it (a title, notes) are the
 * user's and are skipped. `undefined` when no row qualifies.
 */
export function findHeaderRow(rows: readonly (readonly CellValue[] | undefined)[]): number | undefined {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const map = matchHeaders((rows[index] ?? []).map((cell) => cellText(cell)));
    const known = Object.keys(map.input).length + Object.keys(map.output).length;
    const names =
      map.input.name !== undefined ||
      map.input.linkedinUrl !== undefined ||
      (map.input.firstName !== undefined && map.input.lastName !== undefined);
    if (names && known >= 2) return index;
  }
  return undefined;
}

/** The last column holding anything in any row (-1 when none): Tend's new columns go after it. */
export function lastFilledColumn(rows: readonly (readonly CellValue[] | undefined)[]): number {
  let last = -1;
  for (const row of rows) {
    if (row === undefined) continue;
    for (let column = row.length - 1; column > last; column--) {
      if (cellText(row[column]) !== "") {
        last = column;
        break;
      }
    }
  }
  return last;
}

/** Index of the last row holding anything, at least `floor` (the header row). */
export function lastFilledRow(rows: readonly (readonly CellValue[] | undefined)[], floor: number): number {
  for (let index = rows.length - 1; index > floor; index--) {
    if (rows[index]?.some((cell) => cellText(cell) !== "")) return index;
  }
  return floor;
}
