import { isTendError } from "../errors/tend-error.js";
import { type CompanyFollowRecord, parseCompanyFollows } from "./company-follows.js";
import { type ConnectionRecord, parseConnections } from "./connections.js";
import type { ExportProblem } from "./export-file-error.js";
import type { ExportFileKind } from "./export-file-kinds.js";
import { type InvitationRecord, parseInvitations } from "./invitations.js";
import { parseMessages } from "./messages.js";
import { ownerKeyFromInvitations } from "./owner.js";
import { type ProfileRecord, parseProfile } from "./profile.js";
import { toProfileKey } from "./profile-key.js";
import { readLinkedInExport } from "./read-export.js";

export type { CompanyFollowRecord, CompanyFollowsResult } from "./company-follows.js";
export { parseCompanyFollows } from "./company-follows.js";
export type { ConnectionRecord, ConnectionsResult } from "./connections.js";
export { parseConnections } from "./connections.js";
export type { TextEncoding } from "./decode-text.js";
export type { DateOrder } from "./export-dates.js";
export { parseExportDate, parseMessageDate, slashDateOrder } from "./export-dates.js";
export { type ExportProblem, exportFileError } from "./export-file-error.js";
export { type ExportFileKind, fileKindOfContent, fileKindOfName } from "./export-file-kinds.js";
export type { InvitationDirection, InvitationRecord, InvitationsResult } from "./invitations.js";
export { parseInvitations } from "./invitations.js";
export type { MessagesOptions, MessagesSummary } from "./messages.js";
export { parseMessages } from "./messages.js";
export { ownerKeyFromInvitations } from "./owner.js";
export type { ProfileRecord } from "./profile.js";
export { parseProfile } from "./profile.js";
export type { ExportFile, ExportFiles, LinkedInExportFiles } from "./read-export.js";
export { readLinkedInExport } from "./read-export.js";

/** Everything Tend takes from one LinkedIn export, ready to merge into the contacts table. */
export interface LinkedInExport {
  connections: ConnectionRecord[];
  invitations: InvitationRecord[];
  companyFollows: CompanyFollowRecord[];
  /** Profile key -> ISO day (UTC) of the latest message with that person; owner left out. */
  lastMessageByKey: Map<string, string>;
  /** ISO day the export was made: the date of the job changes it reveals. */
  exportDate?: string;
  /** The export owner's profile key, when a file gives it away. */
  ownerKey?: string;
  owner?: ProfileRecord;
  report: {
    /** The files read, by kind, as the user would find them. */
    files: Partial<Record<ExportFileKind, string>>;
    hiddenSkipped: number;
    /** Messages that counted, and those left out as unsent drafts or spam. */
    messageCount: number;
    draftsSkipped: number;
    spamSkipped: number;
    problems: ExportProblem[];
  };
}

export interface LoadOptions {
  /** The owner's profile URL or key, when the user gave it; otherwise it is worked out. */
  ownerKey?: string;
}

/**
 * Reads a LinkedIn export (zip, folder or CSV files) and parses every file Tend uses.
 * Files the export lacks give empty lists. A file that cannot be read at all throws an
 * unreadable TendError ({@link exportFileError}); rows that cannot be read are skipped and
 * listed in `report.problems`.
 */
export async function loadLinkedInExport(
  paths: string | readonly string[],
  options: LoadOptions = {},
): Promise<LinkedInExport> {
  const { files, exportDate } = await readLinkedInExport(paths);
  const problems: ExportProblem[] = [];
  const connections = files.connections
    ? parseConnections(files.connections.text, files.connections.name)
    : undefined;
  const invitations = files.invitations
    ? parseInvitations(files.invitations.text, files.invitations.name)
    : undefined;
  const follows = files.companyFollows
    ? parseCompanyFollows(files.companyFollows.text, files.companyFollows.name)
    : undefined;
  const owner = files.profile ? readProfile(files.profile.text, files.profile.name, problems) : undefined;
  // Surest first: what the user said, Profile.csv's URL (not in real exports so far), then the
  // owner's side of every invitation; messages.csv is left to work it out from its own rows.
  const ownerKey =
    (options.ownerKey === undefined ? undefined : toProfileKey(options.ownerKey)) ??
    owner?.key ??
    ownerKeyFromInvitations(invitations?.invitations ?? []);
  const messages = files.messages
    ? parseMessages(files.messages.text, files.messages.name, {
        ...(ownerKey === undefined ? {} : { ownerKey }),
        ...(owner?.name ? { ownerName: owner.name } : {}),
      })
    : undefined;
  problems.push(
    ...(connections?.problems ?? []),
    ...(invitations?.problems ?? []),
    ...(follows?.problems ?? []),
    ...(messages?.problems ?? []),
  );
  for (const file of Object.values(files)) {
    // Worth telling: a re-saved file may have lost characters LinkedIn wrote.
    if (file.encoding !== "utf-8") {
      problems.push({
        file: file.name,
        problem: `was read as ${file.encoding}, not UTF-8 (re-saved by hand?)`,
      });
    }
  }
  const finalOwner = ownerKey ?? messages?.ownerKey;
  return {
    connections: connections?.connections ?? [],
    invitations: invitations?.invitations ?? [],
    companyFollows: follows?.companyFollows ?? [],
    lastMessageByKey: messages?.lastMessageByKey ?? new Map(),
    ...(exportDate === undefined ? {} : { exportDate }),
    ...(finalOwner === undefined ? {} : { ownerKey: finalOwner }),
    ...(owner === undefined ? {} : { owner }),
    report: {
      files: Object.fromEntries(Object.entries(files).map(([kind, file]) => [kind, file.name])),
      hiddenSkipped: connections?.hiddenSkipped ?? 0,
      messageCount: messages?.messageCount ?? 0,
      draftsSkipped: messages?.draftsSkipped ?? 0,
      spamSkipped: messages?.spamSkipped ?? 0,
      problems,
    },
  };
}

/** Profile.csv only helps to tell the owner: a broken one is reported, not fatal. */
function readProfile(text: string, name: string, problems: ExportProblem[]): ProfileRecord | undefined {
  try {
    return parseProfile(text, name);
  } catch (error) {
    if (!isTendError(error, "unreadable") || error.file === undefined) throw error;
    problems.push({ file: error.file, problem: `${error.problem} (the owner is worked out without it)` });
    return undefined;
  }
}
