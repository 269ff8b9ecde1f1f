import type { CellValue } from "../contacts/parse-date.js";
import { cellText } from "../contacts/parse-row.js";
import { healthLines, type NetworkHealth } from "./health-lines.js";
import { RUN_LOG_COLUMN, RUN_LOG_HEADERS } from "./run-log.js";
import { shownTime } from "./shown-time.js";
import type { TodayItem } from "./today-item.js";

/** What the Today tab shows: the day's list and the network's health, from one run. */
export interface MorningView {
  today: string;
  todayList: { items: TodayItem[]; more: number };
  health: NetworkHealth;
}

export const TODAY_TAB = "Today";
/** Runs shown in the Today tab's history table. */
export const HISTORY_RUNS = 10;
export const TODAY_LIST_HEADER = ["Priority", "Action", "Name", "Due", "Why", "Draft message", "Profile"];
/** The network's figures, the last columns of a Run log row. */
const HISTORY_FIGURES = RUN_LOG_HEADERS.slice(RUN_LOG_COLUMN.Connections);
export const HISTORY_HEADER = ["Run", ...HISTORY_FIGURES];

export type TabCell = string | number;

/**
 * The Today tab is two blocks at fixed places, so a chart can point at the history: the main
 * block from A1 (heartbeat, today's actions, network health) and, under it from HISTORY_ROW,
 * the figures of the last runs, in the first columns so no one scrolls sideways past the wide
 * Why and Draft columns to find them. Stores rewrite both whole blocks on every run, blanks
 * included, so no line of an earlier run survives.
 */
/** The longest main block: 4 heartbeat rows, 2 list headings, 25 items, "and more", 1 blank, 10 health rows, and a spare. */
export const MAIN_BLOCK_ROWS = 44;
export const MAIN_BLOCK_COLUMNS = TODAY_LIST_HEADER.length;
/** Row 46 (0-based 45), after a blank row. */
export const HISTORY_ROW = MAIN_BLOCK_ROWS + 1;
export const HISTORY_COLUMN = 0;
export const HISTORY_BLOCK_ROWS = HISTORY_RUNS + 2;
export const HISTORY_BLOCK_COLUMNS = HISTORY_HEADER.length;

/**
 * `runLog` is the Run log with its header and this run's row, so the heartbeat sees failed runs
 * too; times are shown in `timeZone` (the Time zone setting).
 */
export function todayTabBlocks(
  view: MorningView | undefined,
  runLog: readonly (readonly CellValue[])[],
  timeZone = "UTC",
): { main: TabCell[][]; history: TabCell[][] } {
  const entries = runLog.slice(1).filter((row) => cellText(row[RUN_LOG_COLUMN["Started at"]]) !== "");
  return {
    main: padded(mainBlock(view, entries, timeZone), MAIN_BLOCK_ROWS, MAIN_BLOCK_COLUMNS),
    history: padded(historyBlock(entries, timeZone), HISTORY_BLOCK_ROWS, HISTORY_BLOCK_COLUMNS),
  };
}

function mainBlock(
  view: MorningView | undefined,
  entries: readonly (readonly CellValue[])[],
  timeZone: string,
): TabCell[][] {
  const outcome = (row: readonly CellValue[]) => cellText(row[RUN_LOG_COLUMN.Outcome]);
  const startedAt = (row: readonly CellValue[]) =>
    shownTime(cellText(row[RUN_LOG_COLUMN["Started at"]]), timeZone);
  const lastOk = entries.findLast((row) => outcome(row) === "ok");
  const lastFailed = entries.findLast((row) => outcome(row) !== "ok" && outcome(row) !== "");
  const rows: TabCell[][] = [
    [view === undefined ? "Today" : `Today, ${view.today}`],
    ["Last successful run", lastOk ? startedAt(lastOk) : "never"],
    ["Last failed run", lastFailed ? `${startedAt(lastFailed)}: ${outcome(lastFailed)}` : "none"],
    [],
  ];
  if (view === undefined) return rows;
  const { items, more } = view.todayList;
  rows.push([items.length === 0 ? "Nothing due today." : `To do today (${items.length + more})`]);
  if (items.length > 0) rows.push([...TODAY_LIST_HEADER]);
  for (const item of items) {
    rows.push([item.priority, item.action, item.name, item.due, item.why, item.draft, item.link]);
  }
  if (more > 0) rows.push([`... and ${more} more waiting: filter the Contacts tab by Due`]);
  rows.push([], ["Network health"]);
  for (const [label, value] of healthLines(view.health)) rows.push([label, value]);
  return rows;
}

function historyBlock(entries: readonly (readonly CellValue[])[], timeZone: string): TabCell[][] {
  const rows: TabCell[][] = [[`History (last ${HISTORY_RUNS} runs)`], [...HISTORY_HEADER]];
  const withFigures = entries
    .filter((row) => cellText(row[RUN_LOG_COLUMN.Connections]) !== "")
    .slice(-HISTORY_RUNS);
  for (const row of withFigures) {
    rows.push([
      shownTime(cellText(row[RUN_LOG_COLUMN["Started at"]]), timeZone, false),
      ...HISTORY_FIGURES.map((header) => asNumber(row[RUN_LOG_COLUMN[header]])),
    ]);
  }
  return rows;
}

/** Exactly `height` rows of `width` cells: what a store writes to clear the previous run's lines. */
function padded(rows: TabCell[][], height: number, width: number): TabCell[][] {
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => rows[y]?.[x] ?? ""),
  );
}

function asNumber(value: CellValue): TabCell {
  if (typeof value === "number") return value;
  const text = cellText(value);
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}
