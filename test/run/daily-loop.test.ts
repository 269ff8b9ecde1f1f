import { describe, expect, it } from "vitest";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { doneLine } from "../../shared/run/done-summary.js";
import { MemoryStore } from "../support/memory-store.js";

const MONDAY = "2026-11-30";
const TUESDAY = "2026-12-01";
const WEDNESDAY = "2026-12-02";
const on = (iso: string) => dayFromIso(iso) as Day;

/** Six contacts, each due for something on Monday morning. */
function aTable(): MemoryStore {
  return new MemoryStore([
    { name: "Ana Silva", relationship: "Worked together" },
    { name: "Bo Chen", status: "Request sent", requestedOn: "2026-11-05" },
    { name: "Cy Diaz", status: "Connected", relationship: "Met in person", lastInteraction: "2026-08-01" },
    { name: "Dee Park", status: "Connected", milestone: "New role: CTO at Initech" },
    { name: "Eve Roy", status: "Following", aligned: "Yes", recentPost: "AI agents" },
    { name: "Finn Lund", status: "Incoming request", mutualConnections: 1 },
  ]);
}

describe("the daily loop (RULES.md §0 and §5)", () => {
  it("suggests, records what the user marked Done, and rewrites only the rows whose decision changed", async () => {
    const store = aTable();
    const monday = await runDaily({ store, today: on(MONDAY) });
    expect(monday.rowsChanged).toBe(6);
    expect([2, 3, 4, 5, 6, 7].map((row) => store.row(row).output.suggestedAction)).toEqual([
      "Connect",
      "Follow up",
      "Check in",
      "Congratulate",
      "Engage",
      "Review request",
    ]);
    // The dates Tend fills in, once.
    expect(store.row(5).cells.milestoneOn).toBe(MONDAY);
    expect(store.row(6).cells).toMatchObject({ followedOn: MONDAY, recentPostOn: MONDAY });
    expect([2, 3, 4, 5, 6, 7].map((row) => store.row(row).output.due)).toEqual([
      MONDAY,
      "2026-11-26",
      "2026-10-30",
      MONDAY,
      MONDAY,
      MONDAY,
    ]);

    // Monday evening: the user did three of them and ticked Done.
    store.edit(2, { done: "x" });
    store.edit(3, { done: MONDAY });
    store.edit(4, { done: true });
    const tuesday = await runDaily({ store, today: on(TUESDAY) });
    expect(doneLine(tuesday.done)).toBe("Recorded 3 done: 1 request sent, 1 follow-up, 1 check-in");
    expect(tuesday.changes.map((change) => [change.row, change.before, change.after])).toEqual([
      [2, "Connect", "Wait"],
      [3, "Follow up", "Wait"],
      [4, "Check in", "No action"],
    ]);
    expect(store.row(2).cells).toMatchObject({ status: "Request sent", requestedOn: TUESDAY, done: "" });
    expect(store.row(3).cells).toMatchObject({ followedUpOn: MONDAY, done: "" });
    expect(store.row(4).cells).toMatchObject({ lastInteraction: TUESDAY, done: false });
    // Unchanged rows keep the Due of the day their action became due.
    expect([5, 6, 7].map((row) => store.row(row).output.due)).toEqual([MONDAY, MONDAY, MONDAY]);

    const wednesday = await runDaily({ store, today: on(WEDNESDAY) });
    expect(wednesday.rowsChanged).toBe(0);
    expect(doneLine(wednesday.done)).toBeUndefined();
  });

  it("writes the Done's effect and the suggestion that follows from it in one update", async () => {
    const store = new MemoryStore([{ name: "Ana Silva", relationship: "Worked together" }]);
    await runDaily({ store, today: on(MONDAY) });
    store.edit(2, { done: "Yes" });
    await runDaily({ store, today: on(TUESDAY) });
    expect(store.saved[1]).toEqual([
      expect.objectContaining({
        inputs: { status: "Request sent", requestedOn: TUESDAY, done: "" },
        cells: expect.objectContaining({ suggestedAction: "Wait", due: "2026-12-22" }),
      }),
    ]);
  });

  it("ends the one-off actions once done: Congratulate, Engage and the interview ask", async () => {
    const store = new MemoryStore([
      { name: "Dee Park", status: "Connected", milestone: "Launched Widget 2.0" },
      { name: "Eve Roy", status: "Connected", recentPost: "AI agents" },
      { name: "Gil Ray", status: "Connected", company: "Acme", aligned: "Yes" },
    ]);
    const settingRows = [
      { setting: "Job search", value: "Yes", where: "test" },
      { setting: "Target companies", value: "Acme", where: "test" },
    ];
    await runDaily({ store, today: on(MONDAY), extraSettingRows: settingRows });
    for (const row of [2, 3, 4]) store.edit(row, { done: "Yes" });
    const tuesday = await runDaily({ store, today: on(TUESDAY), extraSettingRows: settingRows });
    expect(tuesday.changes.map((change) => change.after)).toEqual(["No action", "No action", "No action"]);
    expect(store.row(4).cells).toMatchObject({ askedForInterviewOn: TUESDAY, lastInteraction: TUESDAY });
    // 99 days on they are due for a check-in, never for a second congratulation, comment or ask.
    const later = await runDaily({ store, today: on("2027-03-10"), extraSettingRows: settingRows });
    expect(later.changes.map((change) => change.after)).toEqual(["Check in", "Check in", "Check in"]);
  });

  it("leaves an unreadable Done in place and asks to fix the row", async () => {
    const store = new MemoryStore([{ name: "Ana Silva", relationship: "Worked together" }]);
    await runDaily({ store, today: on(MONDAY) });
    store.edit(2, { done: "did it?" });
    await runDaily({ store, today: on(TUESDAY) });
    expect(store.row(2).cells).toMatchObject({ done: "did it?" });
    expect(store.row(2).cells.status).toBeUndefined();
    expect(store.row(2).output.suggestedAction).toBe("Fix row");
  });

  it("snoozes a row until its Snooze until, then brings it back due that day", async () => {
    const store = new MemoryStore([
      { name: "Ana Silva", relationship: "Worked together", snoozeUntil: TUESDAY },
    ]);
    await runDaily({ store, today: on(MONDAY) });
    expect(store.row(2).output).toMatchObject({ suggestedAction: "Snoozed", due: TUESDAY, draftMessage: "" });
    await runDaily({ store, today: on(TUESDAY) });
    expect(store.row(2).output).toMatchObject({ suggestedAction: "Connect", due: TUESDAY });
    expect(store.row(2).cells.snoozeUntil).toBe(TUESDAY);
  });
});
