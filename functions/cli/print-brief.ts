import type { NetworkHealth } from "../../shared/layout/health-lines.js";
import type { RunSummary } from "../../shared/run/daily-run.js";
import { changeLine, doneText, headline, type Paint, plain, problemLine } from "./print-summary.js";
import { todayTable, truncate } from "./today-table.js";
import { PLAIN_WIDTH } from "./wrap-text.js";

/** Today's most important actions in the brief; the rest are one command away. */
export const BRIEF_ITEMS = 5;
const BRIEF_PROBLEMS = 3;
const BRIEF_WARNINGS = 2;
const BRIEF_CHANGES = 10;

export interface BriefView {
  paint?: Paint;
  width?: number;
  /** The command that prints everything, e.g. `npm run tend -- status`. */
  fullList: string;
  /** The last line: where the person finds the whole list, e.g. "Open contacts.xlsx: ...". */
  whereToLook: string;
}

/**
 * What `tend run` (and `npm start`) prints: fits a screen of 25 lines at 80 columns. What
 * happened, today's five most important actions, one line of health, the rows to fix (one
 * line each), and where to look. `--verbose` prints {@link formatSummary} instead.
 */
export function formatBrief(summary: RunSummary, view: BriefView): string {
  const paint = view.paint ?? plain;
  const width = view.width ?? PLAIN_WIDTH;
  const lines: string[] = [paint("bold", headline(summary, "run"))];
  const done = doneText(summary, "run");
  if (done !== undefined) lines.push(done);

  const { items, more } = summary.todayList;
  const due = items.length + more;
  lines.push("");
  if (due === 0) lines.push(paint("bold", "Nothing due today."));
  else {
    const shown = items.slice(0, BRIEF_ITEMS);
    lines.push(
      paint(
        "bold",
        due > shown.length ? `Today: ${due} due, the ${shown.length} most important:` : `Today: ${due} due:`,
      ),
      ...todayTable(shown, paint, width),
    );
    if (due > shown.length)
      lines.push(paint("dim", `  ... and ${due - shown.length} more: ${view.fullList} lists them all`));
  }

  lines.push("", `${paint("bold", "Health:")} ${healthSentence(summary.health)}`);
  const oneLine = (text: string) => truncate(text, width);
  const { problems, warnings } = summary;
  if (problems.length > 0) {
    lines.push(paint("bold", `Rows to fix (${listed(problems.length, BRIEF_PROBLEMS)}):`));
    for (const problem of problems.slice(0, BRIEF_PROBLEMS)) lines.push(oneLine(problemLine(problem, plain)));
  }
  if (warnings.length > 0) {
    lines.push(paint("bold", `Warnings (${listed(warnings.length, BRIEF_WARNINGS)}):`));
    for (const warning of warnings.slice(0, BRIEF_WARNINGS))
      lines.push(paint("yellow", oneLine(`  ${warning}`)));
  }
  if (summary.dryRun && summary.changes.length > 0) {
    lines.push(paint("bold", "Would change (nothing was written):"));
    for (const change of summary.changes.slice(0, BRIEF_CHANGES)) lines.push(oneLine(changeLine(change)));
    if (summary.changes.length > BRIEF_CHANGES)
      lines.push(`  ... and ${summary.changes.length - BRIEF_CHANGES} more rows (--verbose lists up to 50)`);
  }
  lines.push("", view.whereToLook);
  return lines.join("\n");
}

/** "2", or "10, the first 3 shown; status lists all" (the line above names the command). */
function listed(total: number, shown: number): string {
  return total <= shown ? String(total) : `${total}, the first ${shown} shown; status lists all`;
}

/** The network's health in one line of 80 columns: the figures that ask for something. */
export function healthSentence(health: NetworkHealth): string {
  const { underOneWeek, oneToThreeWeeks, older } = health.pendingRequests;
  return [
    `${health.connections} connections`,
    `${health.connectionsOverdue} to check in`,
    `${underOneWeek + oneToThreeWeeks + older} pending requests`,
    `${health.invitesThisWeek}/${health.weeklyInviteBudget} invites this week`,
  ].join(", ");
}
