import { describe, expect, it } from "vitest";
import { aRow, type Cells, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { actionsOf, type EvaluateOptions, evaluateRows } from "../support/evaluate-rows.js";

const budgetOf = (budget: number, more: EvaluateOptions["settings"] = {}): EvaluateOptions => ({
  settings: { "Weekly invite budget": String(budget), ...more },
});

/** A person you would connect with right now (Not connected and known). */
const aConnect = (cells: Cells = {}) => aRow({ relationship: "Interacted online", ...cells });
/** A request sent `days` ago, on a row of the given Status. */
const aRequestSent = (days: number, status = "Request sent") =>
  aRow({ status, requestedOn: daysAgo(days), relationship: "None" });

describe("Connect budget (RULES.md §4)", () => {
  it("suggests Connect for every row while the budget allows", () => {
    expect(actionsOf([aConnect(), aConnect()], budgetOf(2))).toEqual(["Connect", "Connect"]);
  });

  it("defaults to 20 requests a week", () => {
    const actions = actionsOf(Array.from({ length: 21 }, () => aConnect()));
    expect(actions.filter((action) => action === "Connect")).toHaveLength(20);
    expect(actions[20]).toBe("Connect later");
  });

  it.each<[string, number[], string[]]>([
    ["no request sent this week", [], ["Connect", "Connect", "Connect later"]],
    ["one sent today", [0], ["Connect", "Connect later", "Connect later"]],
    ["one sent 6 days ago", [6], ["Connect", "Connect later", "Connect later"]],
    ["one sent 7 days ago no longer counts", [7], ["Connect", "Connect", "Connect later"]],
    ["budget exactly used up", [0, 6], ["Connect later", "Connect later", "Connect later"]],
    ["more sent than the budget", [1, 2, 3], ["Connect later", "Connect later", "Connect later"]],
  ])("with a budget of 2 and %s", (_, sentDaysAgo, connects) => {
    const rows = [...sentDaysAgo.map((days) => aRequestSent(days)), aConnect(), aConnect(), aConnect()];
    expect(actionsOf(rows, budgetOf(2)).slice(sentDaysAgo.length)).toEqual(connects);
  });

  it.each(["Request sent", "Connected", "Withdrawn", "Declined", "Incoming request", "Following"])(
    "counts a request sent this week on a row now %s",
    (status) => {
      const rows = [aRequestSent(3, status), aConnect()];
      expect(actionsOf(rows, budgetOf(1))[1]).toBe("Connect later");
    },
  );

  it("counts the request of a row that needs fixing for another reason", () => {
    const rows = [aRow({ status: "Request sent", requestedOn: daysAgo(2), aligned: "Maybe" }), aConnect()];
    expect(actionsOf(rows, budgetOf(1))).toEqual(["Fix row", "Connect later"]);
  });

  it("counts the requests of rows that are duplicates", () => {
    const url = "https://www.linkedin.com/in/sent-twice";
    const rows = [
      aRow({ linkedinUrl: url, status: "Request sent", requestedOn: daysAgo(1) }),
      aRow({ linkedinUrl: url, status: "Request sent", requestedOn: daysAgo(1) }),
      aConnect(),
    ];
    expect(actionsOf(rows, budgetOf(2))).toEqual(["Wait", "Merge duplicate", "Connect later"]);
  });

  it("gives the budget to the highest scores, ties by sheet order", () => {
    const rows = [
      aConnect({ relationship: "Interacted online" }), // 1
      aConnect({ relationship: "Classmate" }), // 2
      aConnect({ relationship: "Met in person" }), // 3
      aConnect({ relationship: "Worked together" }), // 4
      aConnect({ relationship: "Interacted online", aligned: "Yes" }), // 3, after the Met in person row
      aConnect({ relationship: "Interacted online", aligned: "Yes", company: "acme" }), // 4, after Worked together
    ];
    expect(actionsOf(rows, budgetOf(3, { "Target companies": "Acme" }))).toEqual([
      "Connect later",
      "Connect later",
      "Connect",
      "Connect",
      "Connect later",
      "Connect",
    ]);
  });

  it.each<[string, Cells, Cells, string[]]>([
    [
      "Worked together (4) beats Met in person (3)",
      { relationship: "Met in person" },
      { relationship: "Worked together" },
      ["Connect later", "Connect"],
    ],
    [
      "Met in person (3) beats Classmate (2)",
      { relationship: "Classmate" },
      { relationship: "Met in person" },
      ["Connect later", "Connect"],
    ],
    [
      "Classmate (2) beats Interacted online (1)",
      { relationship: "Interacted online" },
      { relationship: "Classmate" },
      ["Connect later", "Connect"],
    ],
    [
      "Aligned Yes adds 2",
      { relationship: "Classmate" },
      { relationship: "Interacted online", aligned: "Yes" },
      ["Connect later", "Connect"],
    ],
    [
      "a target company adds 1",
      { relationship: "Interacted online", company: " ACME " },
      { relationship: "Classmate" },
      ["Connect", "Connect later"],
    ],
    [
      "a target company breaks a tie",
      { relationship: "Classmate" },
      { relationship: "Classmate", company: "Acme" },
      ["Connect later", "Connect"],
    ],
    [
      "an aligned person you follow but do not know scores 2 (+0 for the relationship)",
      { relationship: "Interacted online" },
      {
        status: "Following",
        relationship: "None",
        aligned: "Yes",
        followedOn: daysAgo(40),
        lastInteraction: daysAgo(2),
      },
      ["Connect later", "Connect"],
    ],
    [
      "equal scores go by sheet order",
      { relationship: "Classmate" },
      { relationship: "Classmate" },
      ["Connect", "Connect later"],
    ],
  ])("%s", (_, first, second, actions) => {
    const rows = [aConnect(first), aConnect(second)];
    expect(actionsOf(rows, budgetOf(1, { "Target companies": "Acme" }))).toEqual(actions);
  });

  it.each<[string, number, number[], number, string]>([
    ["a week after today when nothing was sent", 1, [], 2, daysAfter(7)],
    ["when the only request of the week leaves the window", 1, [2], 1, daysAfter(5)],
    ["when the oldest request of a full window leaves it", 2, [6, 2], 1, daysAfter(1)],
    ["when the oldest request leaves, with requests left for today", 3, [5, 2], 3, daysAfter(2)],
    ["when enough requests left an over-full window to open a slot", 2, [6, 5, 1], 1, daysAfter(2)],
  ])("dates Connect later %s", (_, budget, sentDaysAgo, connects, due) => {
    const rows = [
      ...sentDaysAgo.map((days) => aRequestSent(days)),
      ...Array.from({ length: connects }, () => aConnect()),
    ];
    const later = evaluateRows(rows, budgetOf(budget)).filter(
      (suggestion) => suggestion?.action === "Connect later",
    );
    expect(later.length).toBeGreaterThan(0);
    for (const suggestion of later) expect(suggestion?.due).toBe(due);
  });

  it("writes Connect later as low priority, without a draft, due when a slot frees up", () => {
    const [, later] = evaluateRows(
      [aRequestSent(4), aConnect({ relationship: "Worked together" })],
      budgetOf(1),
    );
    expect(later).toMatchObject({ action: "Connect later", priority: "Low", due: daysAfter(3), draft: "" });
    expect(later?.why).toMatchInlineSnapshot(
      `"You know them (Worked together), but your weekly invite budget of 1 is used up by recent requests and better matches: send the request on the Due date"`,
    );
  });

  it("turns every Connect into Connect later with a budget of 0", () => {
    expect(actionsOf([aConnect()], budgetOf(0))).toEqual(["Connect later"]);
  });

  it("keeps the Connect of today due today", () => {
    expect(evaluateRows([aConnect()], budgetOf(1))[0]?.due).toBe(TODAY);
  });
});
