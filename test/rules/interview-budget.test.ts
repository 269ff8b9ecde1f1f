import { describe, expect, it } from "vitest";
import { aRow, type Cells, daysAgo } from "../support/a-contact.js";
import { actionsOf, type EvaluateOptions } from "../support/evaluate-rows.js";

const ASK = "Ask for informational interview";
const asksAtATime = (count: number, more: EvaluateOptions["settings"] = {}): EvaluateOptions => ({
  settings: {
    "Job search": "Yes",
    "Target companies": "Acme",
    "Interview asks at a time": String(count),
    ...more,
  },
});

/** A connection at a target company you interacted with 60 days ago: an interview ask. */
const anAsk = (cells: Cells = {}) =>
  aRow({ status: "Connected", company: "Acme", lastInteraction: daysAgo(60), ...cells });

describe("Informational interview budget (RULES.md §4)", () => {
  it("suggests the ask for every row up to the limit", () => {
    expect(actionsOf([anAsk(), anAsk()], asksAtATime(2))).toEqual([ASK, ASK]);
  });

  it("defaults to 3 asks at a time", () => {
    const actions = actionsOf(
      Array.from({ length: 4 }, () => anAsk()),
      { settings: { "Job search": "Yes", "Target companies": "Acme" } },
    );
    expect(actions).toEqual([ASK, ASK, ASK, "No action"]);
  });

  it.each<[string, Cells, Cells, string[]]>([
    [
      "the higher Connect score goes first",
      { relationship: "Classmate" },
      { relationship: "Worked together" },
      ["No action", ASK],
    ],
    ["Aligned Yes adds to the score", {}, { aligned: "Yes" }, ["No action", ASK]],
    [
      "then the oldest last touch",
      { lastInteraction: daysAgo(40) },
      { lastInteraction: daysAgo(50) },
      ["No action", ASK],
    ],
    [
      "a blank last touch is the oldest",
      { relationship: "Met in person", lastInteraction: undefined, connectedOn: daysAgo(40) },
      { relationship: "Met in person", lastInteraction: undefined },
      ["No action", ASK],
    ],
    ["ties go by sheet order", {}, {}, [ASK, "No action"]],
  ])("%s", (_, first, second, actions) => {
    expect(actionsOf([anAsk(first), anAsk(second)], asksAtATime(1))).toEqual(actions);
  });

  it.each<[string, Cells, string]>([
    [
      "Check in when due for one",
      { relationship: "Met in person", lastInteraction: daysAgo(100) },
      "Check in",
    ],
    [
      "Engage on a fresh post",
      { recentPost: "hiring", recentPostOn: daysAgo(2), lastInteraction: daysAgo(40) },
      "Engage",
    ],
    ["No action otherwise", { lastInteraction: daysAgo(40) }, "No action"],
  ])("decides a row past the budget by the lines below: %s", (_, cells, action) => {
    const best = anAsk({ relationship: "Worked together", aligned: "Yes" });
    expect(actionsOf([best, anAsk(cells)], asksAtATime(1))).toEqual([ASK, action]);
  });

  it("is applied before the check-in budget: a row past it takes a check-in slot", () => {
    const rows = [
      anAsk({ relationship: "Worked together", aligned: "Yes" }),
      anAsk({ relationship: "Met in person", lastInteraction: daysAgo(200) }),
      aRow({ status: "Connected", relationship: "Met in person", lastInteraction: daysAgo(100) }),
    ];
    expect(actionsOf(rows, asksAtATime(1, { "Check-ins at a time": "1" }))).toEqual([
      ASK,
      "Check in",
      "Check in later",
    ]);
  });

  it("turns every ask into the lines below with a limit of 0", () => {
    expect(actionsOf([anAsk()], asksAtATime(0))).toEqual(["No action"]);
  });
});
