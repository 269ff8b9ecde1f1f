import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import { TendError } from "../../errors/tend-error.js";

/** The Started at of the Run log's last row ("" when empty): each run's own mark. */
export function lastRunStarted(rows: readonly (readonly CellValue[])[]): string {
  const filled = rows.slice(1).filter((row) => cellText(row[0]) !== "");
  return cellText(filled.at(-1)?.[0]);
}

/** Moving or renaming a column Tend reads or writes mid-run stops the run: writing would land in the wrong column. */
export function assertSameColumns(
  before: readonly string[],
  now: readonly string[],
  positions: readonly number[],
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
