import type { RunSummary } from "../../shared/run/daily-run.js";

const TODAY_LIST_MAX = 15;
const PROBLEMS_MAX = 10;

/** The summary a person reads in five seconds: counts, today's actions, then rows to fix. */
export function formatSummary(summary: RunSummary): string {
  const lines: string[] = [];
  const verb = summary.dryRun ? "would change" : "changed";
  lines.push(
    `Tend ${summary.dryRun ? "dry run" : "run"} on ${summary.source} for ${summary.today}: ${summary.contactsRead} contacts, ${summary.rowsChanged} rows ${verb} (${summary.durationSeconds.toFixed(1)} s)`,
  );
  lines.push("", "Suggested actions:");
  for (const [action, count] of Object.entries(summary.counts))
    lines.push(`  ${String(count).padStart(5)}  ${action}`);

  const todo = summary.dueToday.filter(
    (item) => item.action !== "Fix row" && item.action !== "Merge duplicate",
  );
  lines.push(
    "",
    todo.length === 0 ? "Nothing due today." : `Due today (${todo.length}), most important first:`,
  );
  for (const item of todo.slice(0, TODAY_LIST_MAX)) {
    lines.push(
      `  ${item.priority.padEnd(6)} ${item.action.padEnd(31)} ${item.name} (row ${item.row}, due ${item.due})`,
    );
  }
  if (todo.length > TODAY_LIST_MAX)
    lines.push(`  ... and ${todo.length - TODAY_LIST_MAX} more: see the Suggested action column`);

  if (summary.problems.length > 0) {
    lines.push("", `Rows to fix (${summary.problems.length}):`);
    for (const problem of summary.problems.slice(0, PROBLEMS_MAX))
      lines.push(`  row ${problem.row}: ${problem.action}: ${problem.why}`);
    if (summary.problems.length > PROBLEMS_MAX)
      lines.push(`  ... and ${summary.problems.length - PROBLEMS_MAX} more (Suggested action "Fix row")`);
  }
  if (summary.warnings.length > 0) {
    lines.push("", "Warnings:");
    for (const warning of summary.warnings) lines.push(`  ${warning}`);
  }
  if (summary.dryRun && summary.changes.length > 0) {
    lines.push("", "Would change (nothing was written):");
    for (const change of summary.changes.slice(0, 50)) {
      lines.push(`  row ${change.row} ${change.name}: ${change.before || "(blank)"} -> ${change.after}`);
    }
    if (summary.changes.length > 50) lines.push(`  ... and ${summary.changes.length - 50} more rows`);
  }
  return lines.join("\n");
}
