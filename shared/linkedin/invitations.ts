import { linkedInKey } from "../contacts/linkedin-url.js";
import { cellOf, readCsvTable } from "./csv-table.js";
import { parseExportDate, slashDateOrder } from "./export-dates.js";
import type { ExportProblem } from "./export-file-error.js";

export type InvitationDirection = "OUTGOING" | "INCOMING";

/** One connection request from Invitations.csv (LinkedIn keeps mostly recent and pending ones). */
export interface InvitationRecord {
  /** Display names as written (trimmed). */
  from: string;
  to: string;
  /** ISO day it was sent; `Sent At` has no time zone, so the day is taken as written. */
  sentAt: string;
  /** The note sent with the request, `""` when there was none (most of them). */
  message: string;
  direction: InvitationDirection;
  /** Profile addresses as written; the two URL columns exist only since late 2023. */
  inviterUrl?: string;
  inviteeUrl?: string;
  inviterKey?: string;
  inviteeKey?: string;
  line: number;
}

export interface InvitationsResult {
  invitations: InvitationRecord[];
  problems: ExportProblem[];
}

// LinkedIn writes OUTGOING/INCOMING; the other words are what people and tools rename them to.
const DIRECTIONS: Readonly<Record<string, InvitationDirection>> = {
  outgoing: "OUTGOING",
  sent: "OUTGOING",
  incoming: "INCOMING",
  received: "INCOMING",
};

function isInvitationsHeader(keys: ReadonlySet<string>): boolean {
  return keys.has("direction") && keys.has("sentat");
}

/** Reads Invitations.csv: `From,To,Sent At,Message,Direction[,inviterProfileUrl,inviteeProfileUrl]`. */
export function parseInvitations(text: string, fileName: string): InvitationsResult {
  const table = readCsvTable(text, fileName, isInvitationsHeader, "Sent At and Direction");
  if (table.empty) return { invitations: [], problems: [{ file: fileName, problem: "the file is empty" }] };
  const at = {
    from: table.column("from"),
    to: table.column("to"),
    sentAt: table.column("sentat"),
    message: table.column("message"),
    direction: table.column("direction"),
    inviterUrl: table.column("inviterprofileurl"),
    inviteeUrl: table.column("inviteeprofileurl"),
  };
  const order = slashDateOrder(table.rows.map((row) => cellOf(row, at.sentAt)));
  const invitations: InvitationRecord[] = [];
  const problems: ExportProblem[] = [];
  for (const row of table.rows) {
    const sentText = cellOf(row, at.sentAt);
    const sentAt = parseExportDate(sentText, order);
    if (sentAt === undefined) {
      problems.push({
        file: fileName,
        line: row.line,
        value: sentText,
        problem: "Sent At is not a date; row skipped",
      });
      continue;
    }
    const directionText = cellOf(row, at.direction);
    const direction = DIRECTIONS[directionText.trim().toLowerCase()];
    if (direction === undefined) {
      problems.push({
        file: fileName,
        line: row.line,
        value: directionText,
        problem: "Direction is neither OUTGOING nor INCOMING; row skipped",
      });
      continue;
    }
    const inviterUrl = cellOf(row, at.inviterUrl).trim();
    const inviteeUrl = cellOf(row, at.inviteeUrl).trim();
    const inviterKey = inviterUrl === "" ? undefined : linkedInKey(inviterUrl);
    const inviteeKey = inviteeUrl === "" ? undefined : linkedInKey(inviteeUrl);
    invitations.push({
      from: cellOf(row, at.from).trim(),
      to: cellOf(row, at.to).trim(),
      sentAt,
      message: cellOf(row, at.message),
      direction,
      ...(inviterUrl === "" ? {} : { inviterUrl }),
      ...(inviteeUrl === "" ? {} : { inviteeUrl }),
      ...(inviterKey === undefined ? {} : { inviterKey }),
      ...(inviteeKey === undefined ? {} : { inviteeKey }),
      line: row.line,
    });
  }
  return { invitations, problems };
}
