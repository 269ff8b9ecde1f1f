import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import { RUN_LOG_HEADERS, RUN_LOG_KEEP_ROWS, type RunLogEntry, runLogCells } from "../../layout/run-log.js";

/** The whole Run log from A1: the header, the most recent rows kept, the new one last. */
export function runLogRows(
  existing: CellValue[][] | undefined,
  entry: RunLogEntry,
): { rows: (string | number)[][] } {
  const previous = (existing ?? []).slice(1).filter((row) => row.some((cell) => cellText(cell) !== ""));
  const kept = previous.slice(Math.max(0, previous.length - (RUN_LOG_KEEP_ROWS - 1)));
  const rows: (string | number)[][] = [
    [...RUN_LOG_HEADERS],
    ...kept.map((row) => RUN_LOG_HEADERS.map((_, i) => plain(row[i]))),
    runLogCells(entry),
  ];
  // Rows that fell off the end are blanked, so the tab never holds more than the limit.
  for (let blank = rows.length; blank < (existing?.length ?? 0); blank++)
    rows.push(RUN_LOG_HEADERS.map(() => ""));
  return { rows };
}

function plain(value: CellValue): string | number {
  return typeof value === "number" ? value : cellText(value);
}
