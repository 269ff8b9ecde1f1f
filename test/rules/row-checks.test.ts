import { describe, expect, it } from "vitest";
import { dayToSerial } from "../../shared/contacts/days.js";
import { evaluateTable } from "../../shared/rules/evaluate-table.js";
import { defaultSettings } from "../../shared/rules/settings.js";
import { aBlankRow, aCompany, aRow, daysAfter, daysAgo, TODAY_DAY } from "../support/a-contact.js";
import { actionsOf, evaluateOne, evaluateRows } from "../support/evaluate-rows.js";

describe("row checks (RULES.md §1)", () => {
  it("skips a row whose every cell is blank: nothing is written there", () => {
    const suggestions = evaluateRows([aRow(), aBlankRow(), aRow({ name: "   ", linkedinUrl: "" })]);
    expect(suggestions[1]).toBeUndefined();
    expect(suggestions[2]).toBeUndefined();
    expect(suggestions[0]?.action).toBe("Hold off");
  });

  it("processes the rest of the sheet around a row that needs fixing", () => {
    expect(actionsOf([aRow({ status: "Frenemies" }), aRow({ relationship: "Worked together" })])).toEqual([
      "Fix row",
      "Connect",
    ]);
  });

  it("asks to fix a row whose Name and LinkedIn URL are both blank, naming both columns", () => {
    const suggestion = evaluateOne({ name: undefined, linkedinUrl: undefined, company: "Acme" });
    expect(suggestion.action).toBe("Fix row");
    expect(suggestion.why).toMatchInlineSnapshot(
      `"Name and LinkedIn URL are both blank (fill at least one)"`,
    );
  });

  it("is content with a Name alone or a LinkedIn URL alone", () => {
    expect(evaluateOne({ linkedinUrl: undefined }).action).toBe("Hold off");
    expect(evaluateOne({ name: undefined }).action).toBe("Hold off");
  });

  it.each([
    ["Type", { type: "Robot" }],
    ["Relationship", { relationship: "Best friends" }],
    ["Status", { status: "Maybe" }],
    ["Aligned", { aligned: "Perhaps" }],
    ["Profile", { profile: "Shiny" }],
    ["Requested on (unparseable date)", { requestedOn: "last Tuesday" }],
    ["Followed up on (date after today)", { followedUpOn: daysAfter(1) }],
    ["Followed on (invalid calendar date)", { followedOn: "2026-02-31" }],
    ["Connected on (date after today)", { connectedOn: daysAfter(30) }],
    ["Last interaction (unparseable)", { lastInteraction: "recently" }],
    ["Milestone on (date after today)", { milestoneOn: daysAfter(2) }],
    ["Recent post on (date after today)", { recentPostOn: daysAfter(1) }],
    ["Asked for interview on (unparseable)", { askedForInterviewOn: "last week" }],
    ["Snooze until (unparseable)", { snoozeUntil: "after the holidays" }],
    ["Done (neither a tick, a blank nor a date)", { done: "maybe" }],
    ["Done (a date after today)", { done: daysAfter(1) }],
    ["Mutual connections (negative)", { mutualConnections: "-1" }],
    ["Mutual connections (fractional)", { mutualConnections: 2.5 }],
    ["Mutual connections (text)", { mutualConnections: "lots" }],
    ["Keep in touch (days) (zero)", { keepInTouchDays: "0" }],
    ["Keep in touch (days) (fractional)", { keepInTouchDays: "30.5" }],
    ["Keep in touch (days) (negative)", { keepInTouchDays: -30 }],
    ["LinkedIn URL (another site)", { linkedinUrl: "https://twitter.com/jane" }],
    [
      "LinkedIn URL (a LinkedIn page that is not a profile)",
      { linkedinUrl: "https://www.linkedin.com/feed/" },
    ],
    ["LinkedIn URL (a look-alike host)", { linkedinUrl: "https://linkedin.com.example.org/in/jane" }],
  ])("asks to fix a value that cannot be read: %s", (_, cells) => {
    expect(evaluateOne(cells).action).toBe("Fix row");
  });

  it("accepts a date of today and counts of 0 mutual connections", () => {
    expect(evaluateOne({ connectedOn: daysAgo(0), mutualConnections: "0" }).action).not.toBe("Fix row");
  });

  it("accepts a Snooze until after today: it is meant to be in the future", () => {
    expect(evaluateOne({ snoozeUntil: daysAfter(30) }).action).toBe("Snoozed");
  });

  it.each<[string, unknown]>([
    ["a ticked checkbox", true],
    ["an unticked checkbox", false],
    ["Yes", "Yes"],
    ["y", "y"],
    ["x", "x"],
    ["✓", "✓"],
    ["✔", "✔"],
    ["TRUE", "TRUE"],
    ["done", "done"],
    ["1", "1"],
    ["the number 1", 1],
    ["No", "No"],
    ["FALSE", "FALSE"],
    ["0", "0"],
    ["a date", daysAgo(3)],
    ["today", daysAgo(0)],
    ["blank", ""],
  ])("accepts Done as %s", (_, done) => {
    expect(evaluateOne({ done: done as string }).action).not.toBe("Fix row");
  });

  it("names the column, the value as typed and what is accepted", () => {
    expect(evaluateOne({ status: " Maybe " }).why).toMatchInlineSnapshot(
      `"Status "Maybe" cannot be read (use one of Not connected, Following, Request sent, Incoming request, Connected, Withdrawn, Declined)"`,
    );
    expect(evaluateOne({ aligned: "Perhaps" }).why).toMatchInlineSnapshot(
      `"Aligned "Perhaps" cannot be read (use Yes, No, or blank when not yet known)"`,
    );
    expect(evaluateOne({ requestedOn: "last Tuesday", status: "Request sent" }).why).toMatchInlineSnapshot(
      `"Requested on "last Tuesday" cannot be read (use a date like 2026-11-03, 3 Nov 2026, Nov 3, 2026 or 11/03/2026, or a spreadsheet date cell)"`,
    );
    expect(evaluateOne({ lastInteraction: daysAfter(1) }).why).toMatchInlineSnapshot(
      `"Last interaction "2026-12-01" is after today (use a date that is not after today)"`,
    );
    expect(evaluateOne({ mutualConnections: "-2" }).why).toMatchInlineSnapshot(
      `"Mutual connections "-2" cannot be read (use a whole number, 0 or more)"`,
    );
    expect(evaluateOne({ keepInTouchDays: "0" }).why).toMatchInlineSnapshot(
      `"Keep in touch (days) "0" cannot be read (use a whole number greater than 0)"`,
    );
    expect(evaluateOne({ linkedinUrl: "https://github.com/jane" }).why).toMatchInlineSnapshot(
      `"LinkedIn URL "https://github.com/jane" cannot be read (use a LinkedIn profile or company page such as linkedin.com/in/jane-doe)"`,
    );
    expect(evaluateOne({ done: "maybe" }).why).toMatchInlineSnapshot(
      `"Done "maybe" cannot be read (use a tick (Yes, x, ✓, TRUE, Done or 1), No or blank, or the date you did it)"`,
    );
  });

  it("shows a future date from a date cell as a date, not as a serial number", () => {
    const tomorrow = dayToSerial(TODAY_DAY + 1);
    expect(evaluateOne({ lastInteraction: tomorrow }).why).toContain(`"${daysAfter(1)}"`);
  });

  it('no longer asks for the date when Status is "Request sent" without Requested on: Tend fills it in', () => {
    expect(evaluateOne({ status: "Request sent" }).action).toBe("Wait");
  });

  it.each(["Connected", "Request sent", "Incoming request"])(
    "asks to fix a company with Status %s: companies can only be followed",
    (status) => {
      const suggestion = evaluateRows([aCompany({ status, requestedOn: daysAgo(3) })])[0];
      expect(suggestion?.action).toBe("Fix row");
      expect(suggestion?.why).toContain("companies can only be followed");
    },
  );

  it("lists every problem of a row in one Fix row, not just the first", () => {
    const suggestion = evaluateOne({
      name: undefined,
      linkedinUrl: undefined,
      type: "Company",
      status: "Request sent",
      relationship: "Besties",
      mutualConnections: "1.5",
      lastInteraction: daysAfter(3),
    });
    expect(suggestion.action).toBe("Fix row");
    expect(suggestion.why.split("; ")).toMatchInlineSnapshot(`
      [
        "Name and LinkedIn URL are both blank (fill at least one)",
        "Relationship "Besties" cannot be read (use one of Met in person, Worked together, Classmate, Interacted online, Admire their work, None)",
        "Mutual connections "1.5" cannot be read (use a whole number, 0 or more)",
        "Last interaction "2026-12-03" is after today (use a date that is not after today)",
        "Status "Request sent" does not fit Type Company (companies can only be followed, so use Following or Not connected)",
      ]
    `);
  });

  it("points a second row with the same LinkedIn profile to the earlier row", () => {
    const rows = [
      aRow({ linkedinUrl: "https://www.linkedin.com/in/jane-doe/" }),
      aRow({ name: "Someone else" }),
      aRow({ linkedinUrl: "linkedin.com/in/Jane-Doe?trk=people" }),
    ];
    const suggestions = evaluateRows(rows);
    expect(suggestions.map((suggestion) => suggestion?.action)).toEqual([
      "Hold off",
      "Hold off",
      "Merge duplicate",
    ]);
    expect(suggestions[2]?.why).toMatchInlineSnapshot(
      `"Same LinkedIn profile as row 2: merge what this row adds into row 2, then delete this row"`,
    );
  });

  it.each([
    "https://www.linkedin.com/in/jane-doe/",
    "http://linkedin.com/in/jane-doe",
    "de.linkedin.com/in/Jane-Doe",
    "https://www.linkedin.com/in/jane-doe?originalSubdomain=de",
    "https://www.linkedin.com/in/jane%2Ddoe",
  ])("finds the duplicate of linkedin.com/in/jane-doe written as %j", (url) => {
    expect(
      actionsOf([aRow({ linkedinUrl: "linkedin.com/in/jane-doe" }), aRow({ linkedinUrl: url })]),
    ).toEqual(["Hold off", "Merge duplicate"]);
  });

  it("keeps a person and a company with the same slug apart", () => {
    const rows = [
      aRow({ linkedinUrl: "linkedin.com/in/acme" }),
      aCompany({ linkedinUrl: "linkedin.com/company/acme" }),
    ];
    expect(actionsOf(rows)).toEqual(["Hold off", "Follow"]);
  });

  it("points every later duplicate to the first row, not to the previous duplicate", () => {
    const url = "https://www.linkedin.com/in/jane-doe";
    const suggestions = evaluateRows([
      aRow({ linkedinUrl: url }),
      aRow({ linkedinUrl: url }),
      aRow({ linkedinUrl: url }),
    ]);
    expect(suggestions[1]?.why).toContain("row 2");
    expect(suggestions[2]?.why).toContain("row 2");
  });

  it("treats a row as a duplicate of an earlier row that itself needs fixing", () => {
    const url = "https://www.linkedin.com/in/jane-doe";
    expect(actionsOf([aRow({ linkedinUrl: url, status: "Nope" }), aRow({ linkedinUrl: url })])).toEqual([
      "Fix row",
      "Merge duplicate",
    ]);
  });

  it("gives a duplicate with problems Fix row, not Merge duplicate", () => {
    const url = "https://www.linkedin.com/in/jane-doe";
    expect(actionsOf([aRow({ linkedinUrl: url }), aRow({ linkedinUrl: url, aligned: "Maybe" })])).toEqual([
      "Hold off",
      "Fix row",
    ]);
  });

  it("never calls rows duplicates by name alone", () => {
    expect(
      actionsOf([
        aRow({ linkedinUrl: undefined, name: "Jane" }),
        aRow({ linkedinUrl: undefined, name: "Jane" }),
      ]),
    ).toEqual(["Hold off", "Hold off"]);
  });

  it("returns nothing for an empty table", () => {
    expect(evaluateTable([], defaultSettings(), TODAY_DAY)).toEqual([]);
  });
});
