import { describe, expect, it } from "vitest";
import { aRow, type Cells, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { type EvaluateOptions, evaluateRows } from "../support/evaluate-rows.js";

/** The last row's suggestion, its sheet holding `action` and `due` from an earlier run. */
function dueWith(rows: Cells[], action: string, due: string, settings: EvaluateOptions["settings"] = {}) {
  const sheet = rows.map(() => ({ suggestedAction: "", due: "" }));
  sheet[sheet.length - 1] = { suggestedAction: action, due };
  return evaluateRows(
    rows.map((cells) => aRow(cells)),
    { settings, sheet },
  ).at(-1);
}

const aConnect: Cells = { relationship: "Classmate" };

describe("Due, the day the action became due (RULES.md §5)", () => {
  it.each<[string, string, string, string]>([
    ["kept from the sheet when the action is the same", "Connect", daysAgo(6), daysAgo(6)],
    ["kept when that Due is today", "Connect", TODAY, TODAY],
    ["today when the action in the sheet differs", "Follow", daysAgo(6), TODAY],
    ["today when the sheet's Due is after today", "Connect", daysAfter(1), TODAY],
    ["today when the sheet's Due cannot be read", "Connect", "soon", TODAY],
    ["today when the sheet's Due is blank", "Connect", "", TODAY],
    ["kept when the sheet's Due is written another way", "Connect", "Nov 3, 2026", "2026-11-03"],
  ])("is %s", (_, action, due, expected) => {
    expect(dueWith([aConnect], action, due)?.due).toBe(expected);
  });

  it.each<[string, Cells, string]>([
    ["Fix row", { status: "Maybe" }, "Fix row"],
    ["Accept", { status: "Incoming request", relationship: "Classmate" }, "Accept"],
    ["Review connection", { status: "Connected", aligned: "No" }, "Review connection"],
    ["Check in without a last touch", { status: "Connected", aligned: "Yes" }, "Check in"],
    [
      "Ask for informational interview",
      { status: "Connected", aligned: "Yes", company: "Acme" },
      "Ask for informational interview",
    ],
  ])("keeps the Due of %s", (_, cells, action) => {
    const settings = { "Job search": "Yes", "Target companies": "Acme" };
    expect(dueWith([cells], action, daysAgo(4), settings)).toMatchObject({ action, due: daysAgo(4) });
  });

  it.each<[string, Cells, string, string]>([
    ["Wait: Requested on + 21", { status: "Request sent", requestedOn: daysAgo(3) }, "Wait", daysAfter(18)],
    [
      "Follow up: Requested on + 21",
      { status: "Request sent", requestedOn: daysAgo(25) },
      "Follow up",
      daysAgo(4),
    ],
    [
      "Check in: last touch + cadence",
      { status: "Connected", aligned: "Yes", lastInteraction: daysAgo(95) },
      "Check in",
      daysAgo(5),
    ],
    [
      "Congratulate: Milestone on",
      { status: "Connected", milestone: "New role", milestoneOn: daysAgo(8) },
      "Congratulate",
      daysAgo(8),
    ],
    [
      "Engage: Recent post on",
      { status: "Connected", recentPost: "AI", recentPostOn: daysAgo(8) },
      "Engage",
      daysAgo(8),
    ],
    [
      "Connect from Following: Followed on + 30",
      { status: "Following", aligned: "Yes", followedOn: daysAgo(35), lastInteraction: daysAgo(3) },
      "Connect",
      daysAgo(5),
    ],
    ["Snoozed: Snooze until", { snoozeUntil: daysAfter(12) }, "Snoozed", daysAfter(12)],
    ["Hold off: blank", {}, "Hold off", ""],
    ["No action: blank", { status: "Declined" }, "No action", ""],
  ])("dates %s, whatever the sheet holds", (_, cells, action, due) => {
    expect(dueWith([cells], action, daysAgo(1))).toMatchObject({ action, due });
  });

  describe("Check in later", () => {
    const twoCheckIns: Cells[] = [
      { status: "Connected", aligned: "Yes" },
      { status: "Connected", aligned: "Yes" },
    ];
    const oneAtATime = { "Check-ins at a time": "1" };

    it.each<[string, string, string, string]>([
      ["a week ahead for a new one", "", "", daysAfter(7)],
      ["kept while the sheet's Due is after today", "Check in later", daysAfter(3), daysAfter(3)],
      ["a week ahead again once the sheet's Due has come", "Check in later", TODAY, daysAfter(7)],
      ["a week ahead when the sheet said something else", "Check in", daysAfter(3), daysAfter(7)],
    ])("is due %s", (_, action, due, expected) => {
      expect(dueWith(twoCheckIns, action, due, oneAtATime)).toMatchObject({
        action: "Check in later",
        due: expected,
      });
    });
  });

  it("dates Connect later the day a budget slot frees up, whatever the sheet holds", () => {
    const later = dueWith([aConnect, aConnect], "Connect later", daysAgo(2), { "Weekly invite budget": "1" });
    expect(later).toMatchObject({ action: "Connect later", due: daysAfter(7) });
  });
});
