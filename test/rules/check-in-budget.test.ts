import { describe, expect, it } from "vitest";
import { aRow, type Cells, daysAgo } from "../support/a-contact.js";
import { actionsOf, type EvaluateOptions, evaluateRows } from "../support/evaluate-rows.js";

const atATime = (count: number): EvaluateOptions => ({ settings: { "Check-ins at a time": String(count) } });

/** A connection due for a check-in. */
const aCheckIn = (cells: Cells = {}) =>
  aRow({ status: "Connected", relationship: "Worked together", connectedOn: daysAgo(400), ...cells });

describe("Check-in budget (RULES.md §4)", () => {
  it("suggests Check in for every row up to the limit", () => {
    expect(actionsOf([aCheckIn(), aCheckIn()], atATime(2))).toEqual(["Check in", "Check in"]);
  });

  it("defaults to 10 check-ins at a time", () => {
    const actions = actionsOf(Array.from({ length: 11 }, () => aCheckIn()));
    expect(actions.filter((action) => action === "Check in")).toHaveLength(10);
    expect(actions[10]).toBe("Check in later");
  });

  it("ranks Aligned Yes first, then the oldest last touch, blank oldest, ties by sheet order", () => {
    const rows = [
      aCheckIn({ connectedOn: daysAgo(200) }), // 4th: not aligned, touched 200 days ago
      aCheckIn({ connectedOn: daysAgo(100), aligned: "Yes" }), // 2nd: aligned
      aCheckIn({ connectedOn: undefined }), // 3rd: not aligned, never touched
      aCheckIn({ connectedOn: daysAgo(300), aligned: "Yes" }), // 1st: aligned, oldest
      aCheckIn({ connectedOn: daysAgo(200) }), // 5th: tie with the 1st row, later in the sheet
    ];
    expect(actionsOf(rows, atATime(3))).toEqual([
      "Check in later",
      "Check in",
      "Check in",
      "Check in",
      "Check in later",
    ]);
  });

  it.each<[string, Cells, Cells, string[]]>([
    [
      "Aligned Yes beats an older last touch",
      { connectedOn: daysAgo(900) },
      { aligned: "Yes", connectedOn: daysAgo(100) },
      ["Check in later", "Check in"],
    ],
    [
      "the oldest last touch goes first",
      { connectedOn: daysAgo(100) },
      { connectedOn: daysAgo(101) },
      ["Check in later", "Check in"],
    ],
    [
      "a blank last touch is the oldest",
      { connectedOn: daysAgo(5000) },
      { connectedOn: undefined },
      ["Check in later", "Check in"],
    ],
    [
      "last touch is the later of Last interaction and Connected on",
      { lastInteraction: daysAgo(200), connectedOn: daysAgo(300) },
      { lastInteraction: daysAgo(250), connectedOn: daysAgo(300) },
      ["Check in later", "Check in"],
    ],
    [
      "two blank last touches go by sheet order",
      { connectedOn: undefined },
      { connectedOn: undefined },
      ["Check in", "Check in later"],
    ],
    ["equal last touches go by sheet order", {}, {}, ["Check in", "Check in later"]],
  ])("%s", (_, first, second, actions) => {
    expect(actionsOf([aCheckIn(first), aCheckIn(second)], atATime(1))).toEqual(actions);
  });

  it("only counts Check in suggestions", () => {
    const rows = [
      aRow({ status: "Connected", recentPost: "AI" }), // Engage
      aCheckIn(),
      aRow({ relationship: "Classmate" }), // Connect
    ];
    expect(actionsOf(rows, atATime(1))).toEqual(["Engage", "Check in", "Connect"]);
  });

  it("writes Check in later as low priority, dated a week ahead, without a draft, naming the limit as you know it", () => {
    const [, later] = evaluateRows([aCheckIn(), aCheckIn()], atATime(1));
    expect(later).toMatchObject({ action: "Check in later", priority: "Low", draft: "" });
    expect(later?.due).toMatchInlineSnapshot(`"2026-12-07"`);
    expect(later?.why).toMatchInlineSnapshot(
      `"Your last contact was on 2025-10-26 and you keep in touch every 90 days, but your limit of 1 open check-in is reached: check in from the Due date"`,
    );
  });

  it("turns every Check in into Check in later with a limit of 0", () => {
    expect(actionsOf([aCheckIn()], atATime(0))).toEqual(["Check in later"]);
  });
});
