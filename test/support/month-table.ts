/**
 * The table and the user's Done marks of a month of mornings (month-of-mornings.ts): twelve
 * contacts that between them tick, snooze, fill dates once and stand still, from 2026-11-01.
 * Rules and column names from RULES.md §0, §1 (Snooze), §5 and CONTACTS.md.
 */

/** A cell as a store's own reader gives it back: text, a number (a Sheets serial), a checkbox; "" is blank. */
export type Cell = string | number | boolean;

/** How the user tells Tend "I did it": a tick typed as text, a ticked checkbox, or the day it was done. */
export type Mark = "x" | "Yes" | true | { day: string };

export const FIRST_MORNING = "2026-11-01";
export const MORNINGS = 30;

/** Not every column: the missing Done and the dates Tend fills are added at the right end. */
export const HEADER = [
  "Name",
  "LinkedIn URL",
  "Relationship",
  "Status",
  "Aligned",
  "Requested on",
  "Followed up on",
  "Followed on",
  "Last interaction",
  "Recent post",
  "Milestone",
  "Snooze until",
  "Notes",
] as const;

export type Column = (typeof HEADER)[number];

/** The date columns of HEADER (a store with date cells types these as dates). */
export const DATE_HEADERS: ReadonlySet<string> = new Set([
  "Requested on",
  "Followed up on",
  "Followed on",
  "Last interaction",
  "Snooze until",
  "Milestone on",
  "Recent post on",
  "Connected on",
]);

type Contact = Partial<Record<Column, string>> & { Name: string };

const contact = (name: string, cells: Omit<Contact, "Name" | "LinkedIn URL">): Contact => ({
  Name: name,
  "LinkedIn URL": `https://www.linkedin.com/in/${name.toLowerCase().replace(" ", "-")}`,
  ...cells,
});

export const CONTACTS: readonly Contact[] = [
  contact("Ana Silva", { Relationship: "Worked together", Notes: "Led the Q3 launch with me" }),
  contact("Bo Chen", { Status: "Request sent", "Requested on": "2026-10-20" }),
  contact("Cy Diaz", {
    Relationship: "Met in person",
    Status: "Connected",
    "Last interaction": "2026-07-01",
  }),
  contact("Dee Park", { Relationship: "Worked together", "Snooze until": "2026-11-10" }),
  contact("Eli Moss", { Status: "Connected", Milestone: "New role: Head of Design at Contoso" }),
  contact("Fay Wong", { Status: "Following", "Followed on": "2026-10-01", "Recent post": "AI agents" }),
  contact("Gus Hall", { Relationship: "Met in person", Status: "Incoming request" }),
  contact("Hana Ito", { Status: "Connected", Aligned: "Yes", "Last interaction": "2026-10-15" }),
  contact("Ivo Novak", { Status: "Withdrawn", Notes: "asked me not to follow up" }),
  contact("Jo Kim", { Aligned: "No" }),
  contact("Kai Berg", {
    Status: "Request sent",
    "Requested on": "2026-10-05",
    "Followed up on": "2026-10-25",
  }),
  contact("Lea Roth", { Relationship: "Interacted online" }),
];

/** The table as rows of text, header first. */
export function tableRows(): string[][] {
  return [[...HEADER], ...CONTACTS.map((row) => HEADER.map((column) => row[column] ?? ""))];
}

/** Done marks the user makes the evening before a morning (by morning number, 1 = FIRST_MORNING). */
export const MARKS: Readonly<Record<number, readonly [name: string, mark: Mark][]>> = {
  2: [["Ana Silva", "x"]],
  3: [
    ["Cy Diaz", true],
    ["Gus Hall", "Yes"],
  ],
  12: [["Bo Chen", { day: "2026-11-11" }]],
};

/** The line of the run's summary each marked morning gives (doneLine). */
export const DONE_LINES: Readonly<Record<number, string>> = {
  2: "Recorded 1 done: 1 request sent",
  3: "Recorded 2 done: 1 check-in, 1 request accepted",
  12: "Recorded 1 done: 1 follow-up",
};

/** What recording each contact's Done writes (RULES.md §0), the done day D given. */
export const DONE_EFFECTS: Readonly<Record<string, (day: string) => Record<string, Cell>>> = {
  "Ana Silva": (day) => ({ Status: "Request sent", "Requested on": day }),
  "Cy Diaz": (day) => ({ "Last interaction": day }),
  "Gus Hall": (day) => ({ Status: "Connected", "Connected on": day }),
  "Bo Chen": (day) => ({ "Followed up on": day }),
};

/** Dates Tend fills in once, on the first morning. */
export const FILLED_ON_FIRST_MORNING: Readonly<Record<string, Record<string, Cell>>> = {
  "Eli Moss": { "Milestone on": FIRST_MORNING },
  "Fay Wong": { "Recent post on": FIRST_MORNING },
};

/**
 * Each contact's Suggested action and Due whenever either changes, as "yyyy-mm-dd Action Due".
 * `boFollowedUp` is the day Bo's follow-up is recorded: a store whose Done is a checkbox cannot
 * hold the date the user gave, so there the tick means the morning it is read.
 */
export function expectedTimeline(boFollowedUp: string): Record<string, string[]> {
  const boWaitsUntil = boFollowedUp === "2026-11-11" ? "2026-12-02" : "2026-12-03";
  return {
    "Ana Silva": [
      "2026-11-01 Connect 2026-11-01",
      "2026-11-02 Wait 2026-11-23",
      "2026-11-23 Follow up 2026-11-23",
    ],
    "Bo Chen": [
      "2026-11-01 Wait 2026-11-10",
      "2026-11-10 Follow up 2026-11-10",
      `2026-11-12 Wait ${boWaitsUntil}`,
    ],
    "Cy Diaz": ["2026-11-01 Check in 2026-09-29", "2026-11-03 No action "],
    "Dee Park": ["2026-11-01 Snoozed 2026-11-10", "2026-11-10 Connect 2026-11-10"],
    "Eli Moss": ["2026-11-01 Congratulate 2026-11-01"],
    "Fay Wong": ["2026-11-01 Engage 2026-11-01"],
    "Gus Hall": ["2026-11-01 Accept 2026-11-01", "2026-11-03 No action "],
    "Hana Ito": ["2026-11-01 No action "],
    "Ivo Novak": ["2026-11-01 No action "],
    "Jo Kim": ["2026-11-01 Hold off "],
    "Kai Berg": ["2026-11-01 Wait 2026-11-15", "2026-11-15 Withdraw request 2026-11-15"],
    "Lea Roth": ["2026-11-01 Connect 2026-11-01"],
  };
}
