import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import type { NetworkHealth } from "../../shared/layout/health-lines.js";
import { networkHealth } from "../../shared/run/network-health.js";
import { todayList } from "../../shared/run/today-list.js";
import { aBlankRow, aCompany, aRow, type Cells, daysAgo, TODAY } from "../support/a-contact.js";
import { evaluateRows, parseRows, settingsFrom } from "../support/evaluate-rows.js";

function healthOf(rows: ReturnType<typeof aRow>[], settings = {}): NetworkHealth {
  const parsed = parseRows(rows, { settings });
  const suggestions = evaluateRows(rows, { settings });
  return networkHealth(parsed, suggestions, settingsFrom(settings), dayFromIso(TODAY) as number);
}

const connected = (cells: Cells = {}) => aRow({ status: "Connected", connectedOn: daysAgo(10), ...cells });
const sent = (daysBefore: number, cells: Cells = {}) =>
  aRow({ status: "Request sent", requestedOn: daysAgo(daysBefore), ...cells });

describe(networkHealth, () => {
  it("counts connections, people and companies followed", () => {
    const health = healthOf([
      connected(),
      connected(),
      aRow({ status: "Following" }),
      aCompany({ status: "Following" }),
      aCompany(),
    ]);
    expect(health).toMatchObject({ connections: 2, peopleFollowed: 1, companiesFollowed: 1 });
  });

  it("sorts pending requests by age: under a week, one to three weeks, older", () => {
    const health = healthOf([sent(0), sent(6), sent(7), sent(20), sent(21), sent(60)]);
    expect(health.pendingRequests).toEqual({ underOneWeek: 2, oneToThreeWeeks: 2, older: 2 });
  });

  it("counts this week's invites, whatever became of them, against the budget", () => {
    const health = healthOf([sent(1), connected({ requestedOn: daysAgo(3) }), sent(7)], {
      "Weekly invite budget": "5",
    });
    expect(health).toMatchObject({ invitesThisWeek: 2, weeklyInviteBudget: 5 });
  });

  it("computes the acceptance rate of requests sent in the last 90 days", () => {
    const health = healthOf([
      connected({ requestedOn: daysAgo(30) }),
      connected({ requestedOn: daysAgo(90) }),
      connected({ requestedOn: daysAgo(91) }),
      sent(40),
      aRow({ status: "Declined", requestedOn: daysAgo(50) }),
    ]);
    expect(health.requestsSent90Days).toBe(4);
    expect(health.acceptanceRate90Days).toBe(0.5);
    expect(healthOf([connected()]).acceptanceRate90Days).toBeNull();
  });

  it("counts connections not touched within their cadence, and the not-aligned still linked", () => {
    const health = healthOf([
      connected({ connectedOn: daysAgo(200), lastInteraction: daysAgo(89) }),
      connected({ connectedOn: daysAgo(200), lastInteraction: daysAgo(90) }),
      connected({ connectedOn: undefined, relationship: "Classmate" }),
      connected({ connectedOn: daysAgo(200), lastInteraction: daysAgo(15), keepInTouchDays: 14 }),
      connected({ aligned: "No" }),
      aRow({ status: "Following", aligned: "No" }),
      aRow({ aligned: "No" }),
    ]);
    expect(health.connectionsOverdue).toBe(3);
    expect(health.alignedNoStillLinked).toBe(2);
  });

  it("counts only connections with a relationship to keep as overdue, as the Check in rule does", () => {
    const health = healthOf([
      connected({ connectedOn: daysAgo(4000) }),
      connected({ connectedOn: undefined }),
      connected({ connectedOn: daysAgo(4000), relationship: "Met in person", aligned: "No" }),
      connected({ connectedOn: daysAgo(4000), aligned: "Yes" }),
    ]);
    expect(health).toMatchObject({ connections: 4, connectionsOverdue: 1 });
  });

  it("counts rows to fix and duplicates, and leaves them out of the other figures", () => {
    const health = healthOf([
      connected({ status: "Conected" }),
      connected({ linkedinUrl: "linkedin.com/in/twin" }),
      connected({ linkedinUrl: "linkedin.com/in/twin/" }),
      aBlankRow(),
    ]);
    expect(health.rowsToFix).toBe(2);
    expect(health.connections).toBe(1);
  });
});

describe(todayList, () => {
  it("lists what is due today or earlier, highest priority first, with why, draft and profile link, at most 25", () => {
    const rows = [
      aRow({ name: "Low One", relationship: "Admire their work" }),
      aRow({ name: "High One", relationship: "Worked together" }),
      sent(3, { name: "Waiting" }),
      ...Array.from({ length: 30 }, (_, i) => aRow({ name: `Stranger ${i}`, status: "Incoming request" })),
    ];
    const parsed = parseRows(rows);
    const { items, more } = todayList(parsed, evaluateRows(rows), TODAY);
    expect(items).toHaveLength(25);
    expect(more).toBe(32 - 25);
    expect(items[0]).toMatchObject({ name: "High One", action: "Connect", priority: "High", due: TODAY });
    expect(items[0]?.link).toMatch(/^https:\/\/www\.linkedin\.com\/in\/contact-\d+\/$/);
    expect(items[0]?.draft).toContain("Hi High!");
    expect(items.map((item) => item.name)).not.toContain("Waiting");
  });
});
