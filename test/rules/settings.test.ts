import { describe, expect, it } from "vitest";
import { isTendError, TendError } from "../../shared/errors/tend-error.js";
import { defaultSettings, parseSettings, type SettingName } from "../../shared/rules/settings.js";

function problemsOf(rows: { setting: string; value: string }[]): string[] {
  try {
    parseSettings(rows);
  } catch (error) {
    if (isTendError(error, "invalid-setup") && error.problems !== undefined) return [...error.problems];
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
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ kind: "invalid-setup" });
    expect((error as TendError).code).toBe("INVALID_SETTINGS");
    expect((error as TendError).message).toMatchInlineSnapshot(`
      "Setting "Job search" is "maybe": use Yes or No
      Setting "Note limit" is "short": use a whole number, 1 or more"
    `);
  });
});
