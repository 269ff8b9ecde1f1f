import { isoDay } from "../contacts/days.js";
import type { ConnectionRecord } from "../linkedin/connections.js";
import type { JobChange } from "./import-report.js";
import { dayIn, type MergeContext, type WorkingRow } from "./working-row.js";

/** The Milestone a job change writes; the rules turn it into `Congratulate`. */
export function newRoleMilestone(title: string, company: string): string {
  return `New role: ${title} at ${company}`;
}

/**
 * A connection whose Company or Title in the export differs from what the sheet holds (where
 * the sheet holds something: filling a blank is not a change of job) gets the export's Company
 * and Title, and Milestone `New role: <Title> at <Company>` dated the day of the export.
 * Returns the change for the report, or `undefined` when there is none.
 *
 * Not applied when the export lacks either value (a member may hide them), or when the row's
 * Milestone on is later than the export: the sheet then knows something newer than this file.
 */
export function applyJobChange(
  row: WorkingRow,
  connection: ConnectionRecord,
  milestoneDay: number | undefined,
  context: MergeContext,
): JobChange | undefined {
  const company = connection.company.trim();
  const title = connection.position.trim();
  const sheetCompany = row.text("company");
  const sheetTitle = row.text("title");
  if (company === "" || title === "") return undefined;
  const changed =
    (sheetCompany !== "" && comparable(sheetCompany) !== comparable(company)) ||
    (sheetTitle !== "" && comparable(sheetTitle) !== comparable(title));
  if (!changed) return undefined;
  const milestoneOn = dayIn(row, "milestoneOn", context);
  if (milestoneDay !== undefined && milestoneOn !== undefined && milestoneOn > milestoneDay) {
    context.skip(
      "Company or Title differs, but the row's Milestone on is later than the export; left alone",
      `row ${row.rowNumber}`,
    );
    return undefined;
  }
  const before = describeRole(sheetTitle, sheetCompany);
  if (comparable(sheetCompany) !== comparable(company)) row.write("company", company, "jobChange");
  if (comparable(sheetTitle) !== comparable(title)) row.write("title", title, "jobChange");
  const milestone = newRoleMilestone(title, company);
  if (row.text("milestone") !== milestone) row.write("milestone", milestone, "jobChange");
  if (milestoneDay !== undefined && milestoneOn !== milestoneDay) {
    row.write("milestoneOn", isoDay(milestoneDay), "jobChange");
  }
  return {
    row: row.rowNumber ?? 0,
    name: row.name(),
    before,
    after: describeRole(title, company),
  };
}

function describeRole(title: string, company: string): string {
  if (title !== "" && company !== "") return `${title} at ${company}`;
  return title || company || "(blank)";
}

/** Spacing and case are not a change of job. */
function comparable(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
