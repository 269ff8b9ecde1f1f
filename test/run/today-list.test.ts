import { describe, expect, it } from "vitest";
import { todayList } from "../../shared/run/today-list.js";
import { aRow, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { evaluateRows, parseRows } from "../support/evaluate-rows.js";

function listOf(rows: ReturnType<typeof aRow>[]) {
  return todayList(parseRows(rows), evaluateRows(rows), TODAY).items;
}

describe(todayList, () => {
  it("sorts by priority, then the oldest Due, and says how long each has waited", () => {
    const items = listOf([
      aRow({ name: "Low, new", status: "Connected", recentPost: "AI" }),
      aRow({ name: "Medium, old", status: "Connected", aligned: "Yes", lastInteraction: daysAgo(120) }),
      aRow({ name: "High, new", status: "Incoming request", relationship: "Classmate" }),
      aRow({ name: "High, old", status: "Request sent", requestedOn: daysAgo(30) }),
      aRow({ name: "Medium, older", status: "Connected", aligned: "Yes", lastInteraction: daysAgo(150) }),
      aRow({ name: "Not due", status: "Request sent", requestedOn: daysAgo(1) }),
    ]);
    expect(items.map((item) => [item.name, item.due, item.waiting])).toEqual([
      ["High, old", daysAgo(9), `due since ${daysAgo(9)}`],
      ["High, new", TODAY, "due today"],
      ["Medium, older", daysAgo(60), `due since ${daysAgo(60)}`],
      ["Medium, old", daysAgo(30), `due since ${daysAgo(30)}`],
      ["Low, new", TODAY, "due today"],
    ]);
  });

  it("leaves out what is due after today and what has no Due", () => {
    const items = listOf([
      aRow({ status: "Request sent", requestedOn: daysAgo(1) }),
      aRow({ snoozeUntil: daysAfter(3) }),
      aRow({}),
    ]);
    expect(items).toEqual([]);
  });
});
