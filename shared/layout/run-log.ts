import type { Action } from "../vocabulary/actions.js";
import type { NetworkHealth } from "./health-lines.js";

/** One row of the Run log tab (CONTACTS.md): what a run did, without any contact's details. */
export interface RunLogEntry {
  startedAt: string;
  source: string;
  contactsRead: number;
  rowsChanged: number;
  counts: Partial<Record<Action, number>>;
  problems: number;
  durationSeconds: number;
  /** "ok", or "failed: " and what went wrong. */
  outcome: string;
  /** The network's figures at this run: the Run log is also their history. Absent for failed runs. */
  health?: NetworkHealth;
  /** The Time zone setting, when the run got that far: the Today tab shows times in it. Not a column. */
  timeZone?: string;
}

export const RUN_LOG_HEADERS = [
  "Started at",
  "Source",
  "Contacts read",
  "Rows changed",
  "Actions",
  "Problems",
  "Duration (s)",
  "Outcome",
  "Connections",
  "Pending requests",
  "Invites this week",
  "Acceptance 90 days (%)",
  "Overdue check-ins",
] as const;

/** Where the heartbeat and the history find their figures in a Run log row. */
export const RUN_LOG_COLUMN = Object.fromEntries(
  RUN_LOG_HEADERS.map((header, index) => [header, index]),
) as Record<(typeof RUN_LOG_HEADERS)[number], number>;

/** The most recent rows kept in the Run log tab. */
export const RUN_LOG_KEEP_ROWS = 1000;

export function runLogCells(entry: RunLogEntry): (string | number)[] {
  const counts = Object.entries(entry.counts)
    .map(([action, count]) => `${action}: ${count}`)
    .join(", ");
  return [
    entry.startedAt,
    entry.source,
    entry.contactsRead,
    entry.rowsChanged,
    counts,
    entry.problems,
    entry.durationSeconds,
    entry.outcome,
    ...healthCells(entry.health),
  ];
}

function healthCells(health: NetworkHealth | undefined): (string | number)[] {
  if (health === undefined) return ["", "", "", "", ""];
  const pending = health.pendingRequests;
  return [
    health.connections,
    pending.underOneWeek + pending.oneToThreeWeeks + pending.older,
    health.invitesThisWeek,
    health.acceptanceRate90Days === null ? "" : Math.round(health.acceptanceRate90Days * 100),
    health.connectionsOverdue,
  ];
}
