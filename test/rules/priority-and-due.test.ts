import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../shared/vocabulary/actions.js";
import { aRow, type Cells, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { type EvaluateOptions, evaluateRows } from "../support/evaluate-rows.js";

const url = "https://www.linkedin.com/in/twice";
/** A day after today; RULES.md does not say which (see check-in-budget.test.ts). */
const FUTURE = "a future date";
const jobSearch = { "Job search": "Yes", "Target companies": "Acme" };

/** One row (the last of its little table) that gets each action, with its priority and due. */
const cases: [string, Cells[], EvaluateOptions["settings"], string, string][] = [
  ["Accept", [{ status: "Incoming request", relationship: "Classmate" }], {}, "High", TODAY],
  ["Follow up", [{ status: "Request sent", requestedOn: daysAgo(30) }], {}, "High", daysAgo(9)],
  ["Congratulate", [{ status: "Connected", milestone: "New job" }], {}, "High", TODAY],
  [
    "Congratulate",
    [{ status: "Connected", milestone: "New job", milestoneOn: daysAgo(4) }],
    {},
    "High",
    daysAgo(4),
  ],
  [
    "Ask for informational interview",
    [{ status: "Connected", company: "Acme", aligned: "Yes" }],
    jobSearch,
    "High",
    TODAY,
  ],
  ["Fix row", [{ status: "Unknown" }], {}, "High", TODAY],
  ["Merge duplicate", [{ linkedinUrl: url }, { linkedinUrl: url }], {}, "High", TODAY],
  ["Connect", [{ relationship: "Worked together" }], {}, "High", TODAY],
  ["Connect", [{ relationship: "Met in person" }], {}, "High", TODAY],
  ["Connect", [{ relationship: "Classmate" }], {}, "Medium", TODAY],
  ["Connect", [{ relationship: "Interacted online" }], {}, "Medium", TODAY],
  [
    "Connect",
    [{ status: "Following", aligned: "Yes", followedOn: daysAgo(40), lastInteraction: daysAgo(1) }],
    {},
    "Medium",
    daysAgo(10),
  ],
  ["Check in", [{ status: "Connected", aligned: "Yes" }], {}, "Medium", TODAY],
  [
    "Check in",
    [{ status: "Connected", aligned: "Yes", lastInteraction: daysAgo(100) }],
    {},
    "Medium",
    daysAgo(10),
  ],
  [
    "Withdraw request",
    [{ status: "Request sent", requestedOn: daysAgo(60), followedUpOn: daysAgo(30) }],
    {},
    "Medium",
    daysAgo(9),
  ],
  ["Withdraw request", [{ status: "Request sent", requestedOn: daysAgo(50) }], {}, "Medium", daysAgo(8)],
  ["Review request", [{ status: "Incoming request" }], {}, "Medium", TODAY],
  ["Decline", [{ status: "Incoming request", profile: "Suspicious" }], {}, "Medium", TODAY],
  ["Follow", [{ aligned: "Yes" }], {}, "Low", TODAY],
  ["Wait", [{ status: "Request sent", requestedOn: daysAgo(1) }], {}, "Low", daysAfter(20)],
  [
    "Connect later",
    [{ relationship: "Classmate" }, { relationship: "Classmate" }],
    { "Weekly invite budget": "1" },
    "Low",
    daysAfter(7),
  ],
  [
    "Check in later",
    [
      { status: "Connected", aligned: "Yes" },
      { status: "Connected", aligned: "Yes" },
    ],
    { "Check-ins at a time": "1" },
    "Low",
    FUTURE,
  ],
  ["Engage", [{ status: "Connected", recentPost: "AI" }], {}, "Low", TODAY],
  ["Engage", [{ status: "Connected", recentPost: "AI", recentPostOn: daysAgo(3) }], {}, "Low", daysAgo(3)],
  ["Unfollow", [{ status: "Following", aligned: "No" }], {}, "Low", TODAY],
  ["Review connection", [{ status: "Connected", aligned: "No" }], {}, "Low", TODAY],
  ["Hold off", [{}], {}, "Low", ""],
  ["No action", [{ status: "Declined" }], {}, "Low", ""],
  ["Snoozed", [{ status: "Connected", aligned: "Yes", snoozeUntil: daysAfter(9) }], {}, "Low", daysAfter(9)],
];

describe("priority and due (RULES.md §5)", () => {
  const lines = cases.map(
    ([action, rows, settings, priority, due]) => [action, priority, due, rows, settings] as const,
  );
  it.each(lines)("%s is %s priority, due %j, for %j", (action, priority, due, rows, settings) => {
    const suggestion = evaluateRows(
      rows.map((cells) => aRow(cells)),
      { settings: settings ?? {} },
    ).at(-1);
    expect(suggestion).toMatchObject({ action, priority });
    if (due === FUTURE) expect(suggestion?.due.localeCompare(TODAY)).toBe(1);
    else expect(suggestion?.due).toBe(due);
  });

  it("covers every action of the vocabulary", () => {
    expect(new Set(cases.map(([action]) => action))).toEqual(new Set(ACTIONS));
  });
});
