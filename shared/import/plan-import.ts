import { type Day, dayFromIso } from "../contacts/days.js";
import type { DateOrder } from "../contacts/parse-date.js";
import { rowIdentity } from "../contacts/row-identity.js";
import type { LinkedInExport } from "../linkedin/index.js";
import type { ImportCells, ImportRowUpdate, ImportWrites, StoredRow } from "../run/ports.js";
import { CHANGE_KINDS, type ChangeKind, type ImportReport } from "./import-report.js";
import { mergeConnections } from "./merge-connections.js";
import { mergeCompanyFollows, mergeMessages } from "./merge-follows-and-messages.js";
import { mergeInvitations } from "./merge-invitations.js";
import { newPlanState } from "./plan-state.js";
import { TableIndex } from "./table-index.js";

export interface PlanOptions {
  /** No date after today is written, and job changes of an export without a date get today. */
  today?: Day;
  /** How the table's own slash dates read (the `Date order` setting). */
  dateOrder?: DateOrder;
}

/** One existing row's changes, with what a person reads in a dry run. */
export interface PlannedChange extends ImportRowUpdate {
  name: string;
  kinds: ChangeKind[];
  /** `Status: Request sent -> Connected`, one per cell. */
  details: string[];
}

export interface ImportPlan extends ImportWrites {
  changes: PlannedChange[];
  newRows: ImportCells[];
  report: ImportReport;
}

/**
 * Merges a LinkedIn export into the contacts table, without I/O: which input cells of which
 * existing rows change, which rows are added, and the report. Merging never overwrites what the
 * user typed: it fills blank cells, moves Status and dates forward (see status-order.ts), takes
 * Company and Title from a connection whose job changed (setting Milestone), and leaves
 * Relationship, Aligned, Notes and every column it does not know alone. Planning again on the
 * table after the writes gives no change.
 */
export function planImport(
  rows: readonly StoredRow[],
  linkedIn: LinkedInExport,
  options: PlanOptions = {},
): ImportPlan {
  const index = new TableIndex(rows);
  const exportDay = linkedIn.exportDate === undefined ? undefined : dayFromIso(linkedIn.exportDate);
  const today = options.today;
  const milestoneDay =
    exportDay === undefined ? today : today === undefined ? exportDay : Math.min(exportDay, today);
  const files = linkedIn.report.files;
  const state = newPlanState(
    index,
    { today, dateOrder: options.dateOrder ?? "MDY", milestoneDay },
    linkedIn.ownerKey,
    {
      connections: files.connections ?? "Connections.csv",
      invitations: files.invitations ?? "Invitations.csv",
      companyFollows: files.companyFollows ?? "Company Follows.csv",
      messages: files.messages ?? "messages.csv",
    },
  );

  mergeConnections(linkedIn.connections, state);
  const connectedKeys = new Set(
    linkedIn.connections.flatMap((connection) => (connection.key === undefined ? [] : [connection.key])),
  );
  const accepted = mergeInvitations(linkedIn.invitations, connectedKeys, state);
  mergeCompanyFollows(linkedIn.companyFollows, state);
  mergeMessages(linkedIn.lastMessageByKey, state);

  for (const [, duplicates] of index.duplicatesOf) {
    for (const row of duplicates) {
      state.skipped.add(
        "has the same LinkedIn URL as an earlier row: only the earlier row is updated (the run suggests Merge duplicate)",
        `row ${row}`,
      );
    }
  }

  const changes: PlannedChange[] = [];
  const byKind = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  let unchanged = 0;
  let notInExport = 0;
  for (const row of index.existing) {
    const stored = row.stored as StoredRow;
    if (row.kinds.size === 0) {
      if (row.matched) unchanged += 1;
      else notInExport += 1;
      continue;
    }
    const kinds = CHANGE_KINDS.filter((kind) => row.kinds.has(kind));
    for (const kind of kinds) byKind[kind] += 1;
    changes.push({
      ref: stored.ref,
      rowNumber: stored.raw.rowNumber,
      identity: rowIdentity(stored.raw),
      cells: row.set,
      name: row.name(),
      kinds,
      details: row.details,
    });
  }
  const newRows = index.added.map((row) => row.set);
  state.added.total = newRows.length;

  const warnings: string[] = [];
  if (files.connections === undefined && linkedIn.invitations.length > 0) {
    warnings.push(
      "The export has no Connections.csv: invitations that were accepted cannot be told from pending ones, so every invitation counts as pending. Import the whole export to avoid that.",
    );
  }
  return {
    changes,
    newRows,
    report: {
      ...(linkedIn.exportDate === undefined ? {} : { exportDate: linkedIn.exportDate }),
      files: Object.values(files),
      read: {
        connections: linkedIn.connections.length,
        invitations: linkedIn.invitations.length,
        invitationsAccepted: accepted,
        companyFollows: linkedIn.companyFollows.length,
        messages: linkedIn.report.messageCount,
        peopleMessaged: linkedIn.lastMessageByKey.size,
      },
      added: state.added,
      updated: { rows: changes.length, byKind },
      unchanged,
      notInExport,
      skipped: state.skipped.list(),
      hiddenSkipped: linkedIn.report.hiddenSkipped,
      problems: linkedIn.report.problems,
      jobChanges: state.jobChanges,
      warnings,
    },
  };
}
