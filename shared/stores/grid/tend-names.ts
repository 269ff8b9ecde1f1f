import type { OutputColumn } from "../../contacts/columns.js";
import { headerOf } from "../../contacts/columns.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import { TendError } from "../../errors/tend-error.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { ACTIONS, PRIORITIES } from "../../vocabulary/actions.js";
import type { GridTable } from "./grid-table.js";

const WRITTEN_BY_TEND: Partial<Record<OutputColumn, (value: CellValue) => boolean>> = {
  suggestedAction: (value) => (ACTIONS as readonly string[]).includes(cellText(value)),
  priority: (value) => (PRIORITIES as readonly string[]).includes(cellText(value)),
  // Tend writes ISO days; a spreadsheet may show them back as a date or its serial number.
  due: (value) =>
    typeof value === "number" || value instanceof Date || /^\d{4}-\d{2}-\d{2}$/.test(cellText(value)),
};

/**
 * A column or tab with one of Tend's names that holds what Tend would never write there is the
 * user's own: the run stops before writing anything and says what to rename.
 */
export function assertTendsColumns(
  table: Pick<GridTable, "map">,
  grid: readonly (readonly CellValue[])[],
  headerRow: number,
) {
  for (const [column, isTends] of Object.entries(WRITTEN_BY_TEND) as [
    OutputColumn,
    (v: CellValue) => boolean,
  ][]) {
    const at = table.map.output[column];
    if (at === undefined) continue;
    for (let index = headerRow + 1; index < grid.length; index++) {
      const value = grid[index]?.[at];
      if (cellText(value) === "" || isTends(value)) continue;
      const header = headerOf(column);
      throw new TendError(
        "invalid-setup",
        `The "${header}" column holds "${cellText(value)}" in row ${index + 1}, which Tend never writes there: it is your own column. Rename it (for example to "My ${header.toLowerCase()}") and run again; nothing was written`,
      );
    }
  }
}

export function assertTendsTab(
  name: string,
  rows: readonly (readonly CellValue[])[] | undefined,
  kind: "runLog" | "today",
) {
  const first = cellText(rows?.[0]?.[0]);
  const expected = kind === "runLog" ? RUN_LOG_HEADERS[0] : "Today";
  if (first === "" || first.startsWith(expected)) return;
  throw new TendError(
    "invalid-setup",
    `The "${name}" tab is not Tend's (its first cell says "${first}"): Tend keeps its ${kind === "runLog" ? "Run log" : "Today list"} in a tab of that name. Rename your tab and run again; nothing was written`,
  );
}
