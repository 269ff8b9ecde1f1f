import { describe, expect, it } from "vitest";
import { dayFromIso, isoDay } from "../../shared/contacts/days.js";
import { parseSettings } from "../../shared/rules/settings.js";
import { todayIn } from "../../shared/run/today.js";
import { aRow, daysAgo } from "../support/a-contact.js";
import { actionsOf, evaluateOne } from "../support/evaluate-rows.js";

describe("each setting changes what is suggested (RULES.md §7)", () => {
  it("My name signs drafts", () => {
    const draft = evaluateOne({ relationship: "Classmate" }, { settings: { "My name": "Sam" } }).draft;
    expect(draft).toMatch(/Sam$/);
  });

  it("My interests finds a shared interest", () => {
    const cells = { relationship: "None", aligned: "Yes", status: "Following", followedOn: daysAgo(40) };
    const row = { ...cells, lastInteraction: daysAgo(1), interests: "Golf, Rust" };
    expect(evaluateOne(row).draft).not.toContain("Rust");
    expect(evaluateOne(row, { settings: { "My interests": "rust" } }).draft).toContain("Rust");
  });

  it("Target companies and Job search enable informational interviews", () => {
    const row = { status: "Connected", company: "Globex", lastInteraction: daysAgo(40) };
    expect(evaluateOne(row, { settings: { "Target companies": "Globex" } }).action).toBe("No action");
    expect(evaluateOne(row, { settings: { "Job search": "Yes" } }).action).toBe("No action");
    expect(
      evaluateOne(row, { settings: { "Job search": "Yes", "Target companies": "Initech, Globex" } }).action,
    ).toBe("Ask for informational interview");
  });

  it("Weekly invite budget limits Connect", () => {
    const rows = () => [aRow({ relationship: "Classmate" }), aRow({ relationship: "Classmate" })];
    expect(actionsOf(rows())).toEqual(["Connect", "Connect"]);
    expect(actionsOf(rows(), { settings: { "Weekly invite budget": "1" } })).toEqual([
      "Connect",
      "Connect later",
    ]);
  });

  it("Check-ins at a time limits Check in", () => {
    const rows = () => [
      aRow({ status: "Connected", aligned: "Yes" }),
      aRow({ status: "Connected", aligned: "Yes" }),
    ];
    expect(actionsOf(rows())).toEqual(["Check in", "Check in"]);
    expect(actionsOf(rows(), { settings: { "Check-ins at a time": "1" } })).toEqual([
      "Check in",
      "Check in later",
    ]);
  });

  it("Interview asks at a time limits Ask for informational interview", () => {
    const jobSearch = { "Job search": "Yes", "Target companies": "Globex" };
    const rows = () => [
      aRow({ status: "Connected", company: "Globex", aligned: "Yes" }),
      aRow({ status: "Connected", company: "Globex", aligned: "Yes" }),
    ];
    expect(actionsOf(rows(), { settings: jobSearch })).toEqual([
      "Ask for informational interview",
      "Ask for informational interview",
    ]);
    expect(actionsOf(rows(), { settings: { ...jobSearch, "Interview asks at a time": "1" } })).toEqual([
      "Ask for informational interview",
      "Check in",
    ]);
  });

  it("Note limit bounds the connection note", () => {
    const row = { relationship: "Met in person", metAt: "RustConf", recentPost: "async traits" };
    expect([...evaluateOne(row).draft].length).toBeGreaterThan(40);
    expect([...evaluateOne(row, { settings: { "Note limit": "40" } }).draft].length).toBeLessThanOrEqual(40);
  });

  it("Follow up after days sets when to follow up", () => {
    const row = { status: "Request sent", requestedOn: daysAgo(10) };
    expect(evaluateOne(row).action).toBe("Wait");
    expect(evaluateOne(row, { settings: { "Follow up after days": "10" } }).action).toBe("Follow up");
  });

  it("Give up after days sets when to withdraw", () => {
    const row = { status: "Request sent", requestedOn: daysAgo(40), followedUpOn: daysAgo(10) };
    expect(evaluateOne(row).action).toBe("Wait");
    expect(evaluateOne(row, { settings: { "Give up after days": "10" } }).action).toBe("Withdraw request");
  });

  it("Keep in touch days sets the cadence when the row has none", () => {
    const row = { status: "Connected", aligned: "Yes", lastInteraction: daysAgo(40) };
    expect(evaluateOne(row).action).toBe("No action");
    expect(evaluateOne(row, { settings: { "Keep in touch days": "40" } }).action).toBe("Check in");
    expect(
      evaluateOne({ ...row, keepInTouchDays: 100 }, { settings: { "Keep in touch days": "40" } }).action,
    ).toBe("No action");
  });

  it("Follow before connect days sets how long to watch before connecting", () => {
    const row = { status: "Following", aligned: "Yes", followedOn: daysAgo(10), lastInteraction: daysAgo(1) };
    expect(evaluateOne(row).action).toBe("No action");
    expect(evaluateOne(row, { settings: { "Follow before connect days": "10" } }).action).toBe("Connect");
  });

  it("Min mutual connections sets when a stranger's request is accepted", () => {
    const row = { status: "Incoming request", mutualConnections: 1 };
    expect(evaluateOne(row).action).toBe("Review request");
    expect(evaluateOne(row, { settings: { "Min mutual connections": "1" } }).action).toBe("Accept");
  });

  it("Time zone decides which day today is", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(isoDay(todayIn(parseSettings([]).settings.timeZone, now))).toBe("2026-11-30");
    const berlin = parseSettings([{ setting: "Time zone", value: "Europe/Berlin" }]).settings.timeZone;
    expect(todayIn(berlin, now)).toBe(dayFromIso("2026-12-01"));
  });

  it("Date order decides how slash dates are read", () => {
    const row = { status: "Request sent", requestedOn: "11/03/2026" };
    expect(evaluateOne(row).why).toContain("2026-11-03");
    expect(evaluateOne(row, { settings: { "Date order": "DMY" } }).why).toContain("2026-03-11");
  });
});
