import { headerKey } from "./csv-table.js";
import { isoDay } from "./export-dates.js";

/** The export files Tend reads; everything else in the archive is ignored. */
export type ExportFileKind = "connections" | "invitations" | "companyFollows" | "messages" | "profile";

export const FILE_LABELS: Readonly<Record<ExportFileKind, string>> = {
  connections: "Connections.csv",
  invitations: "Invitations.csv",
  companyFollows: "Company Follows.csv",
  messages: "messages.csv",
  profile: "Profile.csv",
};

const BY_NAME: ReadonlyMap<string, ExportFileKind> = new Map(
  (Object.entries(FILE_LABELS) as [ExportFileKind, string][]).map(([kind, label]) => [nameKey(label), kind]),
);

/**
 * Which export file a file name is, ignoring case, spaces, underscores and a browser's ` (1)`:
 * `Company Follows.csv` and `Company_Follows.csv` have both shipped. Exact after that, so
 * `guide_messages.csv` or `coach_messages.csv` are never taken for `messages.csv`.
 */
export function fileKindOfName(path: string): ExportFileKind | undefined {
  const base = path.split(/[\\/]/).pop() ?? "";
  return BY_NAME.get(nameKey(base.replace(/\s*\(\d+\)(?=\.[^.]*$)/, "")));
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * Which export file a text is, from its header line, for a single file the user renamed
 * (`linkedin connections.csv`). Looks at the first lines only, past any preamble.
 */
export function fileKindOfContent(text: string): ExportFileKind | undefined {
  for (const line of text.split(/\r\n?|\n/, 12)) {
    const keys = new Set(line.split(/[,;\t]/).map(headerKey));
    if (keys.has("connectedon") && (keys.has("company") || keys.has("firstname"))) return "connections";
    if (keys.has("sentat") && keys.has("direction")) return "invitations";
    if (keys.has("organization") && keys.has("followedon")) return "companyFollows";
    if (keys.has("conversationid") && keys.has("date")) return "messages";
    if (keys.has("firstname") && keys.has("lastname") && keys.has("headline")) return "profile";
  }
  return undefined;
}

/**
 * The day LinkedIn made the archive, from its name (`Basic_LinkedInDataExport_05-14-2021.zip`,
 * `Complete_LinkedInDataExport_10-02-2026`): it survives copying, unlike modification times.
 */
export function exportDayFromName(path: string): string | undefined {
  const match = /LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})/i.exec(path);
  if (!match) return undefined;
  return isoDay(Number(match[3]), Number(match[1]), Number(match[2]));
}
