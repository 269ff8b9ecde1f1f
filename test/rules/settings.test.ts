import { describe, expect, it } from "vitest";
import { dayFromIso, isoDay } from "../../shared/contacts/days.js";
import {
  defaultSettings,
  InvalidSettingsError,
  parseSettings,
  type SettingName,
} from "../../shared/rules/settings.js";
import { todayIn } from "../../shared/run/today.js";
import { aRow, daysAgo } from "../support/a-contact.js";
import { actionsOf, evaluateOne } from "../support/evaluate-rows.js";

function problemsOf(rows: { setting: string; value: string }[]): string[] {
  try {
    parseSettings(rows);
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.problems;
    throw error;
  }
  throw new Error("the settings were accepted");
}

describe(parseSettings, () => {
  it("has the defaults of RULES.md §7", () => {
    expect(defaultSettings()).toEqual({
      myName: "",
      myInterests: [],
      targetCompanies: [],
      jobSearch: false,
      weeklyInviteBudget: 20,
      checkInsAtATime: 10,
      interviewAsksAtATime: 3,
      noteLimit: 200,
      followUpAfterDays: 21,
      giveUpAfterDays: 21,
      keepInTouchDays: 90,
      followBeforeConnectDays: 30,
      minMutualConnections: 3,
      timeZone: "UTC",
      dateOrder: "MDY",
    });
  });

  it("takes the default for a missing or blank row", () => {
    expect(parseSettings([{ setting: "Note limit", value: "  " }]).settings.noteLimit).toBe(200);
  });

  it("reads every setting, its name matched loosely", () => {
    const { settings, warnings } = parseSettings([
      { setting: "my name", value: " Sam Lee " },
      { setting: "My interests", value: "Rust, data viz; climate" },
      { setting: "TARGET COMPANIES", value: "Acme, Globex" },
      { setting: "Job search", value: "yes" },
      { setting: "Weekly invite budget", value: "5" },
      { setting: "Check ins at a time", value: "3" },
      { setting: "interview asks at a time", value: "1" },
      { setting: "Note limit", value: "300" },
      { setting: "Follow up after days", value: "14" },
      { setting: "Give up after days", value: "7" },
      { setting: "Keep in touch days", value: "60" },
      { setting: "Follow before connect days", value: "0" },
      { setting: "Min mutual connections", value: "0" },
      { setting: "Time zone", value: "Europe/Berlin" },
      { setting: "Date order", value: "dmy" },
    ]);
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      myName: "Sam Lee",
      myInterests: ["Rust", "data viz", "climate"],
      targetCompanies: ["Acme", "Globex"],
      jobSearch: true,
      weeklyInviteBudget: 5,
      checkInsAtATime: 3,
      interviewAsksAtATime: 1,
      noteLimit: 300,
      followUpAfterDays: 14,
      giveUpAfterDays: 7,
      keepInTouchDays: 60,
      followBeforeConnectDays: 0,
      minMutualConnections: 0,
      timeZone: "Europe/Berlin",
      dateOrder: "DMY",
    });
  });

  it.each([
    ["Yes", true],
    ["Y", true],
    ["true", true],
    ["No", false],
    ["n", false],
    ["FALSE", false],
  ])("reads Job search %j as %s", (value, jobSearch) => {
    expect(parseSettings([{ setting: "Job search", value }]).settings.jobSearch).toBe(jobSearch);
  });

  it("warns about a setting it does not know, without stopping", () => {
    expect(parseSettings([{ setting: "Invite budget", value: "5" }]).warnings).toMatchInlineSnapshot(`
      [
        "Setting "Invite budget": "Invite budget" is not a setting Tend knows; it was ignored",
      ]
    `);
  });

  it.each<[SettingName, string]>([
    ["Job search", "sometimes"],
    ["Weekly invite budget", "-1"],
    ["Weekly invite budget", "twenty"],
    ["Check-ins at a time", "2.5"],
    ["Interview asks at a time", "-1"],
    ["Note limit", "0"],
    ["Follow up after days", "0"],
    ["Give up after days", "1,000"],
    ["Keep in touch days", "0"],
    ["Follow before connect days", "-5"],
    ["Min mutual connections", "3 or so"],
    ["Time zone", "Mars/Olympus"],
    ["Date order", "YMD"],
  ])("rejects %s %j with a message naming the setting", (setting, value) => {
    const problems = problemsOf([{ setting, value }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`"${setting}"`);
    expect(problems[0]).toContain(`"${value}"`);
  });

  it("says what is accepted for each kind of setting", () => {
    expect(
      problemsOf([
        { setting: "Job search", value: "sometimes" },
        { setting: "Weekly invite budget", value: "-1" },
        { setting: "Note limit", value: "0" },
        { setting: "Time zone", value: "Mars/Olympus" },
        { setting: "Date order", value: "YMD" },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "Setting "Job search" is "sometimes": use Yes or No",
        "Setting "Weekly invite budget" is "-1": use a whole number, 0 or more",
        "Setting "Note limit" is "0": use a whole number, 1 or more",
        "Setting "Time zone" is "Mars/Olympus": use an IANA time zone such as Europe/Berlin",
        "Setting "Date order" is "YMD": use MDY or DMY",
      ]
    `);
  });

  it("lists every invalid setting in one error", () => {
    const error = (() => {
      try {
        parseSettings([
          { setting: "Note limit", value: "short" },
          { setting: "Job search", value: "maybe" },
        ]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidSettingsError);
    expect((error as InvalidSettingsError).code).toBe("INVALID_SETTINGS");
    expect((error as InvalidSettingsError).message).toMatchInlineSnapshot(`
      "Setting "Job search" is "maybe": use Yes or No
      Setting "Note limit" is "short": use a whole number, 1 or more"
    `);
  });
});

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
