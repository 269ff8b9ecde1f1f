import { cellOf, readCsvTable } from "./csv-table.js";
import { parseExportDate } from "./export-dates.js";
import type { ExportProblem } from "./export-file-error.js";

/**
 * One company page the user follows. The file names the organisation only (no page URL), so
 * it can be matched to Company contacts by name alone. The same organisation can appear on
 * several rows (followed, unfollowed, followed again): all rows are returned in file order.
 */
export interface CompanyFollowRecord {
  organization: string;
  /** ISO day; `Sat Dec 14 08:57:55 UTC 2024` is read as the UTC day written there. */
  followedOn?: string;
  line: number;
}

export interface CompanyFollowsResult {
  companyFollows: CompanyFollowRecord[];
  problems: ExportProblem[];
}

function isCompanyFollowsHeader(keys: ReadonlySet<string>): boolean {
  return keys.has("organization") && keys.has("followedon");
}

/** Reads `Company Follows.csv`: `Organization,Followed On`. */
export function parseCompanyFollows(text: string, fileName: string): CompanyFollowsResult {
  const table = readCsvTable(text, fileName, isCompanyFollowsHeader, "Organization and Followed On");
  if (table.empty)
    return { companyFollows: [], problems: [{ file: fileName, problem: "the file is empty" }] };
  const organizationAt = table.column("organization");
  const followedAt = table.column("followedon");
  const companyFollows: CompanyFollowRecord[] = [];
  const problems: ExportProblem[] = [];
  for (const row of table.rows) {
    const organization = cellOf(row, organizationAt).trim();
    const followedText = cellOf(row, followedAt);
    const followedOn = followedText.trim() === "" ? undefined : parseExportDate(followedText);
    if (organization === "") {
      problems.push({
        file: fileName,
        line: row.line,
        value: followedText,
        problem: "Organization is empty; row skipped",
      });
      continue;
    }
    if (followedText.trim() !== "" && followedOn === undefined) {
      problems.push({
        file: fileName,
        line: row.line,
        value: followedText,
        problem: "Followed On is not a date; row skipped",
      });
      continue;
    }
    companyFollows.push({
      organization,
      ...(followedOn === undefined ? {} : { followedOn }),
      line: row.line,
    });
  }
  return { companyFollows, problems };
}
