import type { CellValue } from "../contacts/parse-date.js";
import { cellText } from "../contacts/parse-row.js";
import { healthLines, type NetworkHealth } from "./network-health.js";
import { RUN_LOG_COLUMN } from "./run-log.js";
import type { TodayItem } from "./today-list.js";

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
export const HISTORY_HEADER = [
  "Run",
  "Connections",
  "Pending requests",
  "Invites this week",
  "Acceptance 90 days (%)",
  "Overdue check-ins",
];

export type TabCell = string | number;

/**
 * The Today tab as a grid, rewritten on every run: heartbeat, today's actions, network health
 * and the history of the figures over the last runs. `runLog` is the Run log with its header,
 * including this run's row, so the heartbeat shows failed runs too.
 */
export function todayTabGrid(
  view: MorningView | undefined,
  runLog: readonly (readonly CellValue[])[],
): TabCell[][] {
  const rows: TabCell[][] = [];
  const entries = runLog.slice(1).filter((row) => cellText(row[RUN_LOG_COLUMN["Started at"]]) !== "");
  const outcome = (row: readonly CellValue[]) => cellText(row[RUN_LOG_COLUMN.Outcome]);
  const lastOk = [...entries].reverse().find((row) => outcome(row) === "ok");
  const lastFailed = [...entries].reverse().find((row) => outcome(row) !== "ok" && outcome(row) !== "");
  rows.push([view === undefined ? "Today" : `Today, ${view.today}`]);
  rows.push(["Last successful run", lastOk ? cellText(lastOk[RUN_LOG_COLUMN["Started at"]]) : "never"]);
  rows.push([
    "Last failed run",
    lastFailed ? `${cellText(lastFailed[RUN_LOG_COLUMN["Started at"]])}: ${outcome(lastFailed)}` : "none",
  ]);
  rows.push([]);
  if (view !== undefined) {
    const { items, more } = view.todayList;
    rows.push([items.length === 0 ? "Nothing due today." : `To do today (${items.length + more})`]);
    if (items.length > 0) rows.push([...TODAY_LIST_HEADER]);
    for (const item of items)
      rows.push([item.priority, item.action, item.name, item.due, item.why, item.draft, item.link]);
    if (more > 0) rows.push([`... and ${more} more waiting: filter the Contacts tab by Due`]);
    rows.push([]);
    rows.push(["Network health"]);
    for (const [label, value] of healthLines(view.health)) rows.push([label, value]);
    rows.push([]);
  }
  rows.push([`History (last ${HISTORY_RUNS} runs)`]);
  rows.push([...HISTORY_HEADER]);
  const withFigures = entries
    .filter((row) => cellText(row[RUN_LOG_COLUMN.Connections]) !== "")
    .slice(-HISTORY_RUNS);
  for (const row of withFigures) {
    rows.push([
      cellText(row[RUN_LOG_COLUMN["Started at"]]),
      ...(
        [
          "Connections",
          "Pending requests",
          "Invites this week",
          "Acceptance 90 days (%)",
          "Overdue check-ins",
        ] as const
      ).map((header) => asNumber(row[RUN_LOG_COLUMN[header]])),
    ]);
  }
  return rows;
}

function asNumber(value: CellValue): TabCell {
  if (typeof value === "number") return value;
  const text = cellText(value);
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}
