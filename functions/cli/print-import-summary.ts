import type { ImportSummary } from "../../shared/import/import-job.js";
import { CHANGE_KIND_LABELS, CHANGE_KINDS } from "../../shared/import/import-report.js";

const LIST_MAX = 20;
const DRY_RUN_ROWS_MAX = 50;

/** The import report a person reads at a glance: what was added, updated, left alone and why. */
export function formatImportSummary(summary: ImportSummary): string {
  const { report } = summary;
  const would = summary.dryRun ? "would be " : "";
  const lines: string[] = [];
  const exported = report.exportDate === undefined ? "" : ` (exported ${report.exportDate})`;
  lines.push(
    `${summary.dryRun ? "Dry run: nothing was written. " : ""}LinkedIn export${exported} ${summary.dryRun ? "checked against" : "imported into"} ${summary.source}${summary.created ? " (created)" : ""} in ${summary.durationSeconds.toFixed(1)} s`,
  );
  const { read } = report;
  lines.push(
    `  read      ${count(read.connections, "connection")}, ${count(read.invitations, "invitation")} (${read.invitationsAccepted} already accepted), ${count(read.companyFollows, "company follow")}, ${count(read.messages, "message")} with ${count(read.peopleMessaged, "person", "people")}`,
  );
  const { added } = report;
  const addedParts = [
    [added.connections, "connection"],
    [added.requestsSent, "request sent", "requests sent"],
    [added.incomingRequests, "incoming request"],
    [added.companies, "company followed", "companies followed"],
  ] as const;
  const addedDetail = addedParts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => count(n, one, many))
    .join(", ");
  lines.push(
    `  added     ${count(added.total, "contact")} ${would}added${addedDetail ? `: ${addedDetail}` : ""}`,
  );
  lines.push(
    `  updated   ${count(report.updated.rows, "contact")} ${would}updated${report.updated.rows > 0 ? ":" : ""}`,
  );
  for (const kind of CHANGE_KINDS) {
    const n = report.updated.byKind[kind];
    if (n > 0) lines.push(`  ${String(n).padStart(12)}  ${CHANGE_KIND_LABELS[kind]}`);
  }
  lines.push(
    `  unchanged ${count(report.unchanged, "contact")} already up to date; ${report.notInExport} not in the export (left alone)`,
  );

  const skipped = [
    ...(report.hiddenSkipped > 0
      ? [
          {
            count: report.hiddenSkipped,
            text: `${report.hiddenSkipped === 1 ? "row" : "rows"} of hidden or closed profiles in Connections.csv (a date only)`,
          },
        ]
      : []),
    ...report.skipped.map((skip) => ({
      count: skip.count,
      text: `${skip.reason}${skip.examples.length > 0 ? ` (e.g. ${skip.examples.join("; ")})` : ""}`,
    })),
  ];
  if (skipped.length > 0) {
    lines.push("", "Skipped:");
    for (const skip of skipped) lines.push(`  ${String(skip.count).padStart(5)}  ${skip.text}`);
  }
  if (report.jobChanges.length > 0) {
    lines.push(
      "",
      `Job changes (${report.jobChanges.length}): Milestone set, so the next run suggests Congratulate`,
    );
    for (const change of report.jobChanges.slice(0, LIST_MAX))
      lines.push(`  row ${change.row} ${change.name}: ${change.before} -> ${change.after}`);
    more(lines, report.jobChanges.length);
  }
  if (report.problems.length > 0) {
    lines.push(
      "",
      `Problems in the export (${report.problems.length}); those rows were skipped, the rest imported:`,
    );
    for (const problem of report.problems.slice(0, LIST_MAX)) {
      const where = problem.line === undefined ? problem.file : `${problem.file} line ${problem.line}`;
      const value = problem.value === undefined || problem.value === "" ? "" : ` ("${problem.value}")`;
      lines.push(`  ${where}: ${problem.problem}${value}`);
    }
    more(lines, report.problems.length);
  }
  const warnings = [
    ...report.warnings,
    ...summary.warnings,
    ...summary.notWritten.map((skip) => `Row ${skip.row} was not written: ${skip.reason}`),
  ];
  if (warnings.length > 0) {
    lines.push("", "Warnings:");
    for (const warning of warnings) lines.push(`  ${warning}`);
  }
  if (summary.dryRun && summary.changes.length > 0) {
    lines.push("", "Would change:");
    for (const change of summary.changes.slice(0, DRY_RUN_ROWS_MAX))
      lines.push(`  row ${change.row} ${change.name}: ${change.details.join("; ")}`);
    if (summary.changes.length > DRY_RUN_ROWS_MAX)
      lines.push(`  ... and ${summary.changes.length - DRY_RUN_ROWS_MAX} more rows`);
  }
  if (!summary.dryRun) {
    const notes: string[] = [];
    // A Notion database has properties and pages, numbered by creation order (docs/notion.md).
    const notion = summary.source.startsWith("Notion database");
    if (summary.addedColumns.length > 0)
      notes.push(
        `${notion ? "Properties added to the database" : "Columns added at the right end of the header"}: ${summary.addedColumns.join(", ")}.`,
      );
    if (summary.firstNewRow !== undefined)
      notes.push(
        notion
          ? `New contacts start at row ${summary.firstNewRow} (pages in order of creation).`
          : `New contacts start at row ${summary.firstNewRow}.`,
      );
    if (notes.length > 0) lines.push("", ...notes);
  }
  if (report.added.connections > 0) lines.push("", relationshipHint(report.added.connections));
  return lines.join("\n");
}

/**
 * An export says nothing about how well you know anyone, and Tend suggests check-ins only with
 * a relationship to keep (RULES.md §3, Connected): say how to get them, or the first morning
 * after an import shows thousands of "No action".
 */
export function relationshipHint(connections: number): string {
  return `Tend suggests check-ins only with people you keep up with: for the ones you care about among the ${count(connections, "new connection")}, fill Relationship (e.g. Worked together) or Aligned (Yes), or a Keep in touch (days).`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

function more(lines: string[], total: number): void {
  if (total > LIST_MAX) lines.push(`  ... and ${total - LIST_MAX} more`);
}
