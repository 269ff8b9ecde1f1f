import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import { formatBrief } from "../../functions/cli/print-brief.js";
import { wrapText } from "../../functions/cli/wrap-text.js";
import type { RunSummary } from "../../shared/run/daily-run.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const SCREEN = { lines: 25, columns: 80 };

async function tend(args: string[], env: Record<string, string> = {}) {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text), env, SCREEN.columns);
  return { code, output: lines.join("\n") };
}

function fitsTheScreen(output: string): void {
  const lines = output.split("\n");
  expect(lines.length).toBeLessThanOrEqual(SCREEN.lines);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(SCREEN.columns);
}

describe("npm start (tend run --create-sample)", () => {
  it("fits 25 lines of 80 columns: what happened, five actions, one line of health, where to look", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    const { code, output } = await tend(
      ["run", "--source", source, "--create-sample", "--today", "2026-11-25"],
      {
        npm_lifecycle_event: "start",
      },
    );
    expect(code).toBe(0);
    fitsTheScreen(output);
    expect(output).toMatch(/Today: \d+ due, the 5 most important:/);
    expect(output.replace(/\n +/g, " ")).toMatch(
      /\.\.\. and \d+ more: npm run tend -- status --source .+ lists them all/,
    );
    expect(output).toMatch(
      /\nHealth: \d+ connections, \d+ to check in, \d+ pending requests, \d+\/3 invites this week\n/,
    );
    expect(output.split("\n").at(-1)).toBe(`Open ${source}: the Today tab has your list.`);
  });
});

describe(formatBrief, () => {
  it("stays within a screen on a busy morning: long names, many rows to fix, warnings, Done marks", () => {
    const item = (row: number) => ({
      row,
      name: "Maximilian Alexander von Habsburg-Lothringen",
      action: "Ask for informational interview" as const,
      priority: "High" as const,
      due: "2026-11-25",
      waiting: "due today",
      why: "",
      draft: "",
      link: "",
    });
    const long =
      "a problem explained in a sentence long enough to need two lines at eighty columns, at least";
    const summary = {
      source: "contacts.xlsx",
      today: "2026-11-25",
      dryRun: false,
      contactsRead: 30_000,
      rowsChanged: 29_999,
      durationSeconds: 12.3,
      done: { recorded: { Connect: 3, "Follow up": 2, Accept: 1 }, clearedOnly: 0 },
      todayList: { items: Array.from({ length: 25 }, (_, i) => item(i + 2)), more: 400 },
      health: {
        connections: 2025,
        peopleFollowed: 10,
        companiesFollowed: 4,
        pendingRequests: { underOneWeek: 1, oneToThreeWeeks: 2, older: 3 },
        invitesThisWeek: 5,
        weeklyInviteBudget: 20,
        acceptanceRate90Days: 0.5,
        requestsSent90Days: 12,
        connectionsOverdue: 40,
        alignedNoStillLinked: 2,
        rowsToFix: 12,
      },
      problems: Array.from({ length: 12 }, (_, i) => ({
        row: i + 2,
        name: "Ana",
        action: "Fix row",
        why: long,
      })),
      warnings: Array.from({ length: 4 }, () => long),
      changes: [],
    } as unknown as RunSummary;
    const text = formatBrief(summary, {
      fullList: "npm run tend -- status",
      whereToLook: `Open ${summary.source}: the Today tab has your list.`,
    });
    fitsTheScreen(wrapText(text, SCREEN.columns));
    expect(text).toContain("Rows to fix (12, the first 3 shown; status lists all):");
  });

  it("shows a row whose action stays but whose other cells change without an arrow", async () => {
    const source = join(await tempDir(), "contacts.csv");
    await writeFile(source, "Name,Status,Suggested action,Why\nBo Chen,Pendng,Fix row,an old reason\n");
    const { output } = await tend(["run", "--source", source, "--dry-run", "--today", "2026-11-25"]);
    expect(output).toContain("row 2 Bo Chen: Fix row (unchanged; its Why, Priority, Due or Draft change)");
    expect(output).not.toContain("Fix row -> Fix row");
  });
});

describe(wrapText, () => {
  it.each([
    ["a short line", 80, "a short line"],
    [
      "  one two three four five six seven eight nine",
      30,
      "  one two three four five six\n    seven eight nine",
    ],
    [
      "see https://www.linkedin.com/in/a-very-long-profile-name",
      20,
      "see\n  https://www.linkedin.com/in/a-very-long-profile-name",
    ],
  ])("wraps %j at %i columns, continuing under the line's indent", (text, width, wrapped) => {
    expect(wrapText(text, width)).toBe(wrapped);
  });
});

describe("the command line's words", () => {
  it.each([
    [{ npm_lifecycle_event: "start" }, "npm run tend -- run --source"],
    [{ npm_lifecycle_event: "tend" }, "npm run tend -- run --source"],
    [{}, "npx tend run --source"],
  ])("names the command the person typed in hints (env %j)", async (env, hint) => {
    const { output } = await tend(["run", "contacts.xlsx"], env);
    expect(output).toBe(`run takes the table with --source: ${hint} contacts.xlsx`);
  });

  it.each([
    [
      ["run", "--source", "/no/such/folder/contacts.xlsx", "--create-sample"],
      1,
      "The folder /no/such/folder does not exist",
    ],
    [["init", "--source", "/no/such/folder/contacts.xlsx"], 1, "The folder /no/such/folder does not exist"],
    [["run", "--source", "contacts.ods"], 2, "Tend cannot read .ods files"],
    [["status", "--source", "contacts.numbers"], 2, "save it as .xlsx"],
    [["frobnicate"], 2, "Tend's commands are run, status, import, init"],
  ])("says in one sentence what is wrong with tend %j", async (args, exitCode, message) => {
    const { code, output } = await tend(args);
    expect(code).toBe(exitCode);
    expect(output).toContain(message);
    expect(output).not.toContain("ENOENT");
  });

  it("reads the workbook for status while a spreadsheet program has it open, and refuses a run", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.xlsx");
    await tend(["init", "--source", source]);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "~$contacts.xlsx"), "");
    const status = await tend(["status", "--source", source]);
    expect(status.code).toBe(0);
    expect(status.output).toContain("(nothing written)");
    const run = await tend(["run", "--source", source]);
    expect(run.code).toBe(1);
    expect(run.output).toContain("is open in a spreadsheet program");
  });
});
