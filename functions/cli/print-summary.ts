import { styleText } from "node:util";
import { healthLines } from "../../shared/layout/health-lines.js";
import type { RunSummary } from "../../shared/run/daily-run.js";
import { doneLine } from "../../shared/run/done-summary.js";

const PROBLEMS_MAX = 10;
const CHANGES_MAX = 50;

type Style = Parameters<typeof styleText>[0];
export type Paint = (style: Style, text: string) => string;

export const plain: Paint = (_, text) => text;
export const colored: Paint = (style, text) => styleText(style, text);

/** Colours on a terminal, plain text when piped or when NO_COLOR is set. */
export function terminalPaint(noColor: boolean, stream: { isTTY?: boolean } = process.stdout): Paint {
  return stream.isTTY === true && !noColor ? colored : plain;
}

const PRIORITY_STYLE: Record<string, Style> = { High: "red", Medium: "yellow", Low: "gray" };

export interface SummaryView {
  /** `status` shows the same figures without running: no "changed" counts. */
  mode: "run" | "status";
  paint?: Paint;
}

/** The summary a person reads in five seconds: counts, today's actions, network health, rows to fix. */
export function formatSummary(summary: RunSummary, view: SummaryView = { mode: "run" }): string {
  const paint = view.paint ?? plain;
  const lines: string[] = [];
  const verb = summary.dryRun ? "would change" : "changed";
  lines.push(
    paint(
      "bold",
      view.mode === "status"
        ? `Tend status of ${summary.source} for ${summary.today}: ${summary.contactsRead} contacts (nothing written)`
        : `Tend ${summary.dryRun ? "dry run" : "run"} on ${summary.source} for ${summary.today}: ${summary.contactsRead} contacts, ${summary.rowsChanged} rows ${verb} (${summary.durationSeconds.toFixed(1)} s)`,
    ),
  );
  const done = view.mode === "run" ? doneLine(summary.done) : undefined;
  if (done !== undefined) lines.push(summary.dryRun ? `${done} (dry run: not written)` : done);
  lines.push("", paint("bold", "Suggested actions"));
  lines.push(
    `  ${Object.entries(summary.counts)
      .map(([action, count]) => `${action} ${count}`)
      .join(" · ")}`,
  );

  const { items, more } = summary.todayList;
  lines.push(
    "",
    paint(
      "bold",
      items.length === 0 ? "Nothing due today." : `Today (${items.length + more} due, most important first)`,
    ),
  );
  if (items.length > 0) {
    const nameWidth = Math.min(28, Math.max(4, ...items.map((item) => item.name.length)));
    lines.push(
      paint(
        "dim",
        `  ${"Priority".padEnd(8)}  ${"Action".padEnd(31)}  ${"Name".padEnd(nameWidth)}  ${"Due".padEnd(10)}  Row`,
      ),
    );
    for (const item of items) {
      const priority = paint(PRIORITY_STYLE[item.priority] ?? "white", item.priority.padEnd(8));
      lines.push(
        `  ${priority}  ${item.action.padEnd(31)}  ${truncate(item.name, nameWidth).padEnd(nameWidth)}  ${item.due}  ${item.row}`,
      );
    }
    if (more > 0) lines.push(paint("dim", `  ... and ${more} more waiting: see the Suggested action column`));
  }

  lines.push("", paint("bold", "Network health"));
  for (const [label, value] of healthLines(summary.health)) lines.push(`  ${label.padEnd(42)} ${value}`);

  if (summary.problems.length > 0) {
    lines.push("", paint("bold", `Rows to fix (${summary.problems.length})`));
    for (const problem of summary.problems.slice(0, PROBLEMS_MAX)) {
      const who = problem.name === "" ? "" : ` (${truncate(problem.name, 40)})`;
      lines.push(`  row ${problem.row}${who}: ${paint("red", problem.action)}: ${problem.why}`);
    }
    if (summary.problems.length > PROBLEMS_MAX) {
      lines.push(`  ... and ${summary.problems.length - PROBLEMS_MAX} more (Suggested action "Fix row")`);
    }
  }
  if (summary.warnings.length > 0) {
    lines.push("", paint("bold", "Warnings"));
    for (const warning of summary.warnings) lines.push(`  ${paint("yellow", warning)}`);
  }
  if (view.mode === "run" && summary.dryRun && summary.changes.length > 0) {
    lines.push("", paint("bold", "Would change (nothing was written)"));
    for (const change of summary.changes.slice(0, CHANGES_MAX)) {
      lines.push(`  row ${change.row} ${change.name}: ${change.before || "(blank)"} -> ${change.after}`);
    }
    if (summary.changes.length > CHANGES_MAX)
      lines.push(`  ... and ${summary.changes.length - CHANGES_MAX} more rows`);
  }
  return lines.join("\n");
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
