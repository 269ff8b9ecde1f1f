import { describe, expect, it } from "vitest";
import { HISTORY_ROW, MAIN_BLOCK_ROWS, todayTabBlocks } from "../../shared/layout/morning-view.js";
import { RUN_LOG_HEADERS } from "../../shared/layout/run-log.js";
import { TODAY_LIST_MAX } from "../../shared/run/today-list.js";

const LOG = [
  [...RUN_LOG_HEADERS],
  ["2026-12-01T07:15:00.000Z", "contacts.xlsx", 30, 3, "", 0, 1, "ok", 12, 2, 1, 50, 4],
  ["2026-12-02T07:15:00.000Z", "contacts.xlsx", 0, 0, "", 0, 1, "failed: the file is locked"],
];

describe(todayTabBlocks, () => {
  it.each([
    ["Europe/Berlin", "2026-12-01 08:15, Europe/Berlin", "2026-12-01 08:15"],
    ["America/New_York", "2026-12-01 02:15, America/New_York", "2026-12-01 02:15"],
    [undefined, "2026-12-01 07:15, UTC", "2026-12-01 07:15"],
  ])("shows run times in the time zone %s", (zone, heartbeat, historyRun) => {
    const { main, history } = todayTabBlocks(undefined, LOG, zone);
    expect(main[1]).toEqual(expect.arrayContaining(["Last successful run", heartbeat]));
    expect(history[2]?.[0]).toBe(historyRun);
  });

  it("names the failed run in local time with its reason", () => {
    const { main } = todayTabBlocks(undefined, LOG, "Europe/Berlin");
    expect(main[2]?.[1]).toBe("2026-12-02 08:15, Europe/Berlin: failed: the file is locked");
  });

  it("shows a Started at edited by hand as it is", () => {
    const { main } = todayTabBlocks(undefined, [LOG[0] ?? [], ["yesterday", "", "", "", "", "", "", "ok"]]);
    expect(main[1]?.[1]).toBe("yesterday");
  });

  it("keeps the history below the longest main block", () => {
    const health = {
      connections: 1,
      peopleFollowed: 0,
      companiesFollowed: 0,
      pendingRequests: { underOneWeek: 0, oneToThreeWeeks: 0, older: 0 },
      invitesThisWeek: 0,
      weeklyInviteBudget: 20,
      acceptanceRate90Days: null,
      requestsSent90Days: 0,
      connectionsOverdue: 0,
      alignedNoStillLinked: 0,
      rowsToFix: 0,
    };
    const item = {
      row: 2,
      name: "Ana",
      action: "Connect" as const,
      priority: "High" as const,
      due: "2026-12-01",
      waiting: "due today",
      why: "",
      draft: "",
      link: "",
    };
    const items = Array.from({ length: TODAY_LIST_MAX }, () => item);
    const { main } = todayTabBlocks({ today: "2026-12-01", todayList: { items, more: 5 }, health }, LOG);
    expect(main).toHaveLength(MAIN_BLOCK_ROWS);
    expect(main.at(-2)?.[0]).toBe("Rows to fix");
    expect(HISTORY_ROW).toBeGreaterThan(MAIN_BLOCK_ROWS);
  });
});
