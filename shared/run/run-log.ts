import type { Action } from "../rules/actions.js";

/** One row of the Run log tab (CONTACTS.md): what a run did, without any contact's details. */
export interface RunLogEntry {
  startedAt: string;
  source: string;
  contactsRead: number;
  rowsChanged: number;
  counts: Partial<Record<Action, number>>;
  problems: number;
  durationSeconds: number;
  /** "ok", or what went wrong. */
  outcome: string;
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
] as const;

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
  ];
}
