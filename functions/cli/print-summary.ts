import { styleText } from "node:util";
import { healthLines } from "../../shared/layout/health-lines.js";
import type { RunSummary } from "../../shared/run/daily-run.js";
import { doneLine } from "../../shared/run/done-summary.js";
import { type Paint, todayTable, truncate } from "./today-table.js";
import { PLAIN_WIDTH } from "./wrap-text.js";

export type { Paint } from "./today-table.js";

const PROBLEMS_MAX = 10;
const CHANGES_MAX = 50;

export const plain: Paint = (_, text) => text;
export const colored: Paint = (style, text) => styleText(style, text);

/** Colours on a terminal, plain text when piped or when NO_COLOR is set. */
export function terminalPaint(noColor: boolean, stream: { isTTY?: boolean } = process.stdout): Paint {
  return stream.isTTY === true && !noColor ? colored : plain;
}

export interface SummaryView {
  /** `status` shows the same figures without running: no "changed" counts. */
  mode: "run" | "status";
  paint?: Paint;
  /** Columns the output has (the today table is fitted to them); 80 unless given. */
  width?: number;
}

/** The first line: what was run on what, and what it did. */
export function headline(summary: RunSummary, mode: SummaryView["mode"]): string {
  if (mode === "status")
    return `Tend status of ${summary.source} for ${summary.today}: ${summary.contactsRead} contacts (nothing written)`;
  const verb = summary.dryRun ? "would change" : "changed";
  return `Tend ${summary.dryRun ? "dry run" : "run"} on ${summary.source} for ${summary.today}: ${summary.contactsRead} contacts, ${summary.rowsChanged} rows ${verb} (${summary.durationSeconds.toFixed(1)} s)`;
}

/** The Done marks the run recorded, or nothing for `status` and a run that recorded none. */
export function doneText(summary: RunSummary, mode: SummaryView["mode"]): string | undefined {
  const done = mode === "run" ? doneLine(summary.done) : undefined;
  if (done === undefined) return undefined;
  return summary.dryRun ? `${done} (dry run: not written)` : done;
}

/** A dry run's change of one row: its action's change, or that only its other cells change. */
export function changeLine(change: RunSummary["changes"][number]): string {
  const what =
    change.before === change.after
      ? `${change.after} (unchanged; its Why, Priority, Due or Draft change)`
      : `${change.before || "(blank)"} -> ${change.after}`;
  return `  row ${change.row} ${change.name}: ${what}`;
}

/** The full summary (`tend status`, `--verbose`): counts, today's actions, network health, rows to fix. */
export function formatSummary(summary: RunSummary, view: SummaryView = { mode: "run" }): string {
  const paint = view.paint ?? plain;
  const lines: string[] = [paint("bold", headline(summary, view.mode))];
  const done = doneText(summary, view.mode);
  if (done !== undefined) lines.push(done);
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
    lines.push(...todayTable(items, paint, view.width ?? PLAIN_WIDTH));
    if (more > 0) lines.push(paint("dim", `  ... and ${more} more waiting: see the Suggested action column`));
  }

  lines.push("", paint("bold", "Network health"));
  for (const [label, value] of healthLines(summary.health)) lines.push(`  ${label.padEnd(42)} ${value}`);

  if (summary.problems.length > 0) {
    lines.push("", paint("bold", `Rows to fix (${summary.problems.length})`));
    for (const problem of summary.problems.slice(0, PROBLEMS_MAX)) lines.push(problemLine(problem, paint));
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
    for (const change of summary.changes.slice(0, CHANGES_MAX)) lines.push(changeLine(change));
    if (summary.changes.length > CHANGES_MAX)
      lines.push(`  ... and ${summary.changes.length - CHANGES_MAX} more rows`);
  }
  return lines.join("\n");
}

export function problemLine(problem: RunSummary["problems"][number], paint: Paint): string {
  const who = problem.name === "" ? "" : ` (${truncate(problem.name, 40)})`;
  return `  row ${problem.row}${who}: ${paint("red", problem.action)}: ${problem.why}`;
}
