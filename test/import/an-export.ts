import { BLANK_OUTPUT } from "../../shared/contacts/columns.js";
import { linkedInKey } from "../../shared/contacts/linkedin-url.js";
import type { CellValue } from "../../shared/contacts/parse-date.js";
import type { ImportPlan } from "../../shared/import/plan-import.js";
import type {
  CompanyFollowRecord,
  ConnectionRecord,
  InvitationRecord,
  LinkedInExport,
} from "../../shared/linkedin/index.js";
import type { StoredRow } from "../../shared/run/ports.js";
import type { Cells } from "../support/a-contact.js";

let line = 4;

/** A connection as Connections.csv gives it: Ana Silva, Engineer at Contoso, connected 2024-02-05. */
export function aConnection(fields: Partial<ConnectionRecord> & { url?: string } = {}): ConnectionRecord {
  const url = fields.url ?? "https://www.linkedin.com/in/ana-silva";
  const key = linkedInKey(url);
  const firstName = fields.firstName ?? "Ana";
  const lastName = fields.lastName ?? "Silva";
  line += 1;
  return {
    firstName,
    lastName,
    name: [firstName, lastName].filter((part) => part !== "").join(" "),
    company: "Contoso",
    position: "Engineer",
    connectedOn: "2024-02-05",
    line,
    ...fields,
    url,
    ...(key === undefined ? {} : { key }),
  };
}

/** An invitation between the owner (Ada Quill) and someone else; outgoing unless said otherwise. */
export function anInvitation(
  other: { name?: string; url?: string },
  fields: Partial<InvitationRecord> = {},
): InvitationRecord {
  const direction = fields.direction ?? "OUTGOING";
  const ownerUrl = "https://www.linkedin.com/in/ada-quill";
  const otherUrl = other.url ?? "https://www.linkedin.com/in/bo-chen";
  const otherName = other.name ?? "Bo Chen";
  const [inviterUrl, inviteeUrl] = direction === "OUTGOING" ? [ownerUrl, otherUrl] : [otherUrl, ownerUrl];
  line += 1;
  return {
    from: direction === "OUTGOING" ? "Ada Quill" : otherName,
    to: direction === "OUTGOING" ? otherName : "Ada Quill",
    sentAt: "2026-10-01",
    message: "",
    direction,
    inviterUrl,
    inviteeUrl,
    inviterKey: linkedInKey(inviterUrl) as string,
    inviteeKey: linkedInKey(inviteeUrl) as string,
    line,
    ...fields,
  };
}

export function aFollow(organization: string, followedOn = "2025-03-01"): CompanyFollowRecord {
  line += 1;
  return { organization, followedOn, line };
}

/** An export made on 2026-11-01 by Ada Quill; nothing in it unless given. */
export function anExport(parts: Partial<LinkedInExport> = {}): LinkedInExport {
  return {
    connections: [],
    invitations: [],
    companyFollows: [],
    lastMessageByKey: new Map(),
    exportDate: "2026-11-01",
    ownerKey: "in/ada-quill",
    ...parts,
    report: {
      files: { connections: "Connections.csv", invitations: "Invitations.csv" },
      hiddenSkipped: 0,
      messageCount: 0,
      draftsSkipped: 0,
      spamSkipped: 0,
      problems: [],
      ...parts.report,
    },
  };
}

/** Rows as a store hands them over (data index as ref, sheet row numbers from 2). */
export function storedRows(...rows: Cells[]): StoredRow[] {
  return rows.map((cells, index) => ({
    ref: index,
    raw: { rowNumber: index + 2, cells: { ...cells } },
    output: { ...BLANK_OUTPUT },
  }));
}

/** The table after a plan's writes, as a store would read it back (days stay ISO text). */
export function applyPlan(rows: readonly StoredRow[], plan: ImportPlan): StoredRow[] {
  const byRef = new Map(plan.changes.map((change) => [change.ref, change.cells]));
  const updated = rows.map((row) => ({
    ...row,
    raw: { ...row.raw, cells: { ...row.raw.cells, ...(byRef.get(row.ref) ?? {}) } },
  }));
  const added = plan.newRows.map(
    (cells, index): StoredRow => ({
      ref: rows.length + index,
      raw: { rowNumber: rows.length + index + 2, cells: { ...(cells as Record<string, CellValue>) } },
      output: { ...BLANK_OUTPUT },
    }),
  );
  return [...updated, ...added];
}
