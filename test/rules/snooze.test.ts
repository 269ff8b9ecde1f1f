import { describe, expect, it } from "vitest";
import { aRow, type Cells, daysAfter, daysAgo } from "../support/a-contact.js";
import { actionsOf, evaluateOne, evaluateRows } from "../support/evaluate-rows.js";

describe("Snooze (RULES.md §1)", () => {
  it("snoozes a row whose Snooze until is after today: low priority, due then, no draft", () => {
    const suggestion = evaluateOne({ relationship: "Worked together", snoozeUntil: "2026-12-24" });
    expect(suggestion).toMatchObject({ action: "Snoozed", priority: "Low", due: "2026-12-24", draft: "" });
    expect(suggestion.why).toMatchInlineSnapshot(`"Snoozed until 2026-12-24"`);
  });

  it.each<[string, string, string]>([
    ["tomorrow", daysAfter(1), "Snoozed"],
    ["today: the row is evaluated again", daysAgo(0), "Connect"],
    ["a day in the past", daysAgo(10), "Connect"],
  ])("with Snooze until %s gives %s", (_, snoozeUntil, action) => {
    expect(evaluateOne({ relationship: "Worked together", snoozeUntil }).action).toBe(action);
  });

  it("takes no budget slot", () => {
    const rows = [
      aRow({ relationship: "Worked together", snoozeUntil: daysAfter(3) }),
      aRow({ relationship: "Classmate" }),
    ];
    expect(actionsOf(rows, { settings: { "Weekly invite budget": "1" } })).toEqual(["Snoozed", "Connect"]);
    const checkIns = [
      aRow({ status: "Connected", aligned: "Yes", snoozeUntil: daysAfter(3) }),
      aRow({ status: "Connected", aligned: "Yes" }),
    ];
    expect(actionsOf(checkIns, { settings: { "Check-ins at a time": "1" } })).toEqual([
      "Snoozed",
      "Check in",
    ]);
  });

  it.each<[string, Cells, string]>([
    ["a row that needs fixing", { status: "Maybe" }, "Fix row"],
    ["an unreadable Snooze until", { snoozeUntil: "after the holidays" }, "Fix row"],
  ])("does not snooze %s", (_, cells, action) => {
    expect(evaluateOne({ snoozeUntil: daysAfter(3), ...cells }).action).toBe(action);
  });

  it("does not snooze a duplicate", () => {
    const url = "https://www.linkedin.com/in/snoozed-twice";
    const suggestions = evaluateRows([
      aRow({ linkedinUrl: url }),
      aRow({ linkedinUrl: url, snoozeUntil: daysAfter(3) }),
    ]);
    expect(suggestions[1]?.action).toBe("Merge duplicate");
  });
});
