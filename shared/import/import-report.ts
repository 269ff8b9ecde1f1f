import type { ExportProblem } from "../linkedin/export-file-error.js";

/** The kinds of change an import makes to an existing row; a row may have several. */
export type ChangeKind =
  | "statusForward"
  | "jobChange"
  | "lastInteraction"
  | "datesFilled"
  | "datesMovedForward"
  | "blanksFilled";

export const CHANGE_KINDS: readonly ChangeKind[] = [
  "statusForward",
  "jobChange",
  "lastInteraction",
  "datesFilled",
  "datesMovedForward",
  "blanksFilled",
];

export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  statusForward: "Status moved forward",
  jobChange: "job changes (new Company or Title, Milestone set)",
  lastInteraction: "Last interaction moved forward",
  datesFilled: "blank Connected on, Requested on or Followed on filled",
  datesMovedForward: "Connected on, Requested on or Followed on moved forward",
  blanksFilled: "blank Name, LinkedIn URL, Type, Company or Title filled",
};

/** One reason things in the export were not imported, with how many and a few examples. */
export interface SkipReason {
  reason: string;
  count: number;
  /** Up to {@link SKIP_EXAMPLES} places (file and line, or a name) to look at. */
  examples: string[];
}

export const SKIP_EXAMPLES = 3;

export interface JobChange {
  row: number;
  name: string;
  /** `Title at Company` as the sheet had it, and as the export has it. */
  before: string;
  after: string;
}

export interface ImportReport {
  /** ISO day the export was made, when known: the Milestone on of the job changes. */
  exportDate?: string;
  /** The files read, as the user would find them. */
  files: string[];
  /** What the export holds. */
  read: {
    connections: number;
    invitations: number;
    /** Invitations from or to someone in Connections.csv: already accepted, nothing to do. */
    invitationsAccepted: number;
    companyFollows: number;
    messages: number;
    peopleMessaged: number;
  };
  added: {
    total: number;
    connections: number;
    requestsSent: number;
    incomingRequests: number;
    companies: number;
  };
  /** Existing rows changed, in all and per kind of change. */
  updated: { rows: number; byKind: Record<ChangeKind, number> };
  /** Existing rows the export mentions that needed no change. */
  unchanged: number;
  /** Existing rows the export does not mention (left alone). */
  notInExport: number;
  skipped: SkipReason[];
  /** Rows of Connections.csv holding only a date: members who hid or closed their profile. */
  hiddenSkipped: number;
  /** Rows of the export that could not be read, with file, line and problem. */
  problems: ExportProblem[];
  jobChanges: JobChange[];
  /** About the import as a whole (a file missing from the export, ...). */
  warnings: string[];
}

/** Collects skip reasons in the order they are first met. */
export class SkipList {
  private readonly reasons = new Map<string, SkipReason>();

  add(reason: string, example?: string): void {
    let entry = this.reasons.get(reason);
    if (entry === undefined) {
      entry = { reason, count: 0, examples: [] };
      this.reasons.set(reason, entry);
    }
    entry.count += 1;
    if (example !== undefined && entry.examples.length < SKIP_EXAMPLES) entry.examples.push(example);
  }

  list(): SkipReason[] {
    return [...this.reasons.values()];
  }
}
