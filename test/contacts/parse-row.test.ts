import { describe, expect, it } from "vitest";
import type { Contact, ParsedRow } from "../../shared/contacts/contact.js";
import { dayFromIso } from "../../shared/contacts/days.js";
import { isBlankRow, parseRow } from "../../shared/contacts/parse-row.js";
import { aRow, type Cells, TODAY_DAY } from "../support/a-contact.js";

const options = { dateOrder: "MDY" as const, today: TODAY_DAY };

function parsed(cells: Cells): ParsedRow & { kind: "contact" } {
  const row = parseRow(aRow(cells), options);
  if (row.kind !== "contact") throw new Error("the row was blank");
  return row;
}

const contactOf = (cells: Cells): Contact => {
  const row = parsed(cells);
  expect(row.problems).toEqual([]);
  return row.contact;
};

describe(parseRow, () => {
  describe("blank rows", () => {
    it.each<[string, Cells]>([
      ["no cells", {}],
      ["empty strings and spaces", { name: "", linkedinUrl: "  ", notes: "\t" }],
      ["null and undefined", { name: null, status: undefined }],
    ])("reads a row of %s as blank", (_, cells) => {
      expect(parseRow({ rowNumber: 7, cells }, options)).toEqual({ kind: "blank", rowNumber: 7 });
    });

    it("does not read a row as blank when a column Tend does not know holds something", () => {
      expect(isBlankRow({ rowNumber: 2, cells: {}, hasUnknownContent: true })).toBe(false);
    });

    it("does not read a row with only Notes as blank", () => {
      expect(parseRow({ rowNumber: 2, cells: { notes: "call back" } }, options).kind).toBe("contact");
    });
  });

  describe("enumerated values", () => {
    it.each<[keyof Contact, Cells, unknown]>([
      ["type", {}, "Person"],
      ["type", { type: " company " }, "Company"],
      ["type", { type: "PERSON" }, "Person"],
      ["relationship", {}, "None"],
      ["relationship", { relationship: "met in person" }, "Met in person"],
      ["relationship", { relationship: "  WORKED   together " }, "Worked together"],
      ["relationship", { relationship: "Admire Their Work" }, "Admire their work"],
      ["relationship", { relationship: "none" }, "None"],
      ["status", {}, "Not connected"],
      ["status", { status: "Pending", requestedOn: "2026-11-01" }, "Request sent"],
      ["status", { status: "1st" }, "Connected"],
      ["status", { status: "connected" }, "Connected"],
      ["status", { status: "FOLLOWING" }, "Following"],
      ["status", { status: "incoming request" }, "Incoming request"],
      ["status", { status: "withdrawn" }, "Withdrawn"],
      ["status", { status: "declined" }, "Declined"],
      ["status", { status: "not connected" }, "Not connected"],
      ["aligned", {}, undefined],
      ["aligned", { aligned: "yes" }, "Yes"],
      ["aligned", { aligned: "Y" }, "Yes"],
      ["aligned", { aligned: " n " }, "No"],
      ["aligned", { aligned: "NO" }, "No"],
      ["aligned", { aligned: true }, "Yes"],
      // An unticked checkbox is its starting state, not an answer: unknown, like a blank cell.
      ["aligned", { aligned: false }, undefined],
      ["profile", {}, undefined],
      ["profile", { profile: "complete" }, "Complete"],
      ["profile", { profile: "VAGUE" }, "Vague"],
      ["profile", { profile: "suspicious " }, "Suspicious"],
    ])("reads %s from %j as %j", (field, cells, value) => {
      expect(contactOf(cells)[field]).toEqual(value);
    });

    it.each<Cells>([
      { type: "Persons" },
      { relationship: "Friend" },
      { status: "Connected?" },
      { status: "2nd" },
      { aligned: "Maybe" },
      { aligned: "yes!" },
      { profile: "OK" },
    ])("reports %j instead of guessing", (cells) => {
      const { problems } = parsed(cells);
      expect(problems).toHaveLength(1);
      const [column] = Object.keys(cells);
      expect(problems[0]?.value).toBe(Object.values(cells)[0]);
      expect(problems[0]?.column.toLowerCase()).toBe(column);
    });
  });

  describe("counts", () => {
    it.each<[Cells, number | undefined]>([
      [{}, undefined],
      [{ mutualConnections: "0" }, 0],
      [{ mutualConnections: 0 }, 0],
      [{ mutualConnections: " 12 " }, 12],
      [{ mutualConnections: "1,204" }, 1204],
      [{ mutualConnections: 500 }, 500],
    ])("reads Mutual connections %j as %j", (cells, count) => {
      expect(contactOf(cells).mutualConnections).toBe(count);
    });

    it.each<Cells>([
      { mutualConnections: "-1" },
      { mutualConnections: -3 },
      { mutualConnections: "2.5" },
      { mutualConnections: 0.5 },
      { mutualConnections: "500+" },
      { keepInTouchDays: "0" },
      { keepInTouchDays: 0 },
      { keepInTouchDays: "-30" },
      { keepInTouchDays: 7.5 },
      { keepInTouchDays: "monthly" },
    ])("reports %j", (cells) => {
      expect(parsed(cells).problems).toHaveLength(1);
    });

    it("reads Keep in touch (days)", () => {
      expect(contactOf({ keepInTouchDays: "30" }).keepInTouchDays).toBe(30);
      expect(contactOf({ keepInTouchDays: 1 }).keepInTouchDays).toBe(1);
    });
  });

  describe("dates", () => {
    it("reads every date column, blank as undefined", () => {
      const contact = contactOf({
        requestedOn: "2026-11-03",
        followedUpOn: "3 Nov 2026",
        followedOn: "Nov 3, 2026",
        connectedOn: 46_329,
        lastInteraction: new Date(Date.UTC(2026, 10, 3)),
        milestoneOn: "11/03/2026",
        recentPostOn: "2026-11-03",
        askedForInterviewOn: "03 Nov 2026",
        snoozeUntil: "2026-11-03",
      });
      const day = dayFromIso("2026-11-03");
      expect(contact).toMatchObject({
        requestedOn: day,
        followedUpOn: day,
        followedOn: day,
        connectedOn: day,
        lastInteraction: day,
        milestoneOn: day,
        recentPostOn: day,
        askedForInterviewOn: day,
        snoozeUntil: day,
      });
      expect(contactOf({}).requestedOn).toBeUndefined();
    });

    it("reads slash dates in the Date order", () => {
      const row = aRow({ connectedOn: "03/11/2026" });
      const dmy = parseRow(row, { ...options, dateOrder: "DMY" });
      const mdy = parseRow(row, options);
      expect(dmy.kind === "contact" && dmy.contact.connectedOn).toBe(dayFromIso("2026-11-03"));
      expect(mdy.kind === "contact" && mdy.contact.connectedOn).toBe(dayFromIso("2026-03-11"));
    });

    it("accepts today and reports tomorrow", () => {
      expect(parsed({ lastInteraction: TODAY_DAY + 25_569 }).problems).toEqual([]);
      expect(parsed({ lastInteraction: TODAY_DAY + 25_570 }).problems).toHaveLength(1);
    });

    it("reads a Snooze until after today, and reports any other date after today", () => {
      expect(contactOf({ snoozeUntil: "2027-01-15" }).snoozeUntil).toBe(dayFromIso("2027-01-15"));
      expect(parsed({ recentPostOn: "2027-01-15" }).problems).toHaveLength(1);
      expect(parsed({ askedForInterviewOn: "2027-01-15" }).problems).toHaveLength(1);
    });

    it("reports an impossible date like 31/02", () => {
      const row = parseRow(aRow({ connectedOn: "31/02/2026" }), { ...options, dateOrder: "DMY" });
      expect(row.kind === "contact" && row.problems.map((problem) => problem.message)).toMatchInlineSnapshot(`
        [
          "Connected on "31/02/2026" cannot be read (use a date like 2026-11-03, 3 Nov 2026, Nov 3, 2026 or 11/03/2026, or a spreadsheet date cell)",
        ]
      `);
    });
  });

  describe("Done", () => {
    it.each<[string, Cells["done"], number | undefined]>([
      ["a ticked checkbox", true, TODAY_DAY],
      ["Yes", "Yes", TODAY_DAY],
      ["y, any case", "Y", TODAY_DAY],
      ["x", " x ", TODAY_DAY],
      ["✓", "✓", TODAY_DAY],
      ["✔", "✔", TODAY_DAY],
      ["TRUE", "true", TODAY_DAY],
      ["Done", "DONE", TODAY_DAY],
      ["1", "1", TODAY_DAY],
      ["the number 1", 1, TODAY_DAY],
      ["a date", "2026-11-20", dayFromIso("2026-11-20")],
      ["a date cell", new Date(Date.UTC(2026, 10, 20)), dayFromIso("2026-11-20")],
      ["a serial number", 46_346, dayFromIso("2026-11-20")],
      ["an unticked checkbox", false, undefined],
      ["blank", "", undefined],
      ["No", "no", undefined],
      ["FALSE", "FALSE", undefined],
      ["0", "0", undefined],
      ["the number 0", 0, undefined],
    ])("reads %s as %j", (_, done, day) => {
      expect(contactOf({ done }).done).toBe(day);
    });

    it.each<Cells["done"]>(["maybe", "done!", "2026-12-01", "yesterday"])(
      "reports %j, and the column cannot be written over",
      (done) => {
        const row = parsed({ done });
        expect(row.problems.map((problem) => problem.column)).toEqual(["Done"]);
        expect(row.unreadable).toEqual(new Set(["done"]));
        expect(row.contact.done).toBeUndefined();
      },
    );
  });

  describe("names", () => {
    it.each<[Cells, string, string]>([
      [{ name: "Ana Lima" }, "Ana Lima", "Ana"],
      [{ name: "  Ana   Lima " }, "Ana   Lima", "Ana"],
      [{ name: "Prince" }, "Prince", "Prince"],
      [{ name: undefined, firstName: "Ana", lastName: "Lima" }, "Ana Lima", "Ana"],
      [{ name: undefined, firstName: "Ana" }, "Ana", "Ana"],
      [{ name: "Dr. Ana Lima", firstName: "Ana" }, "Dr. Ana Lima", "Ana"],
    ])("reads %j as Name %j, first name %j", (cells, name, firstName) => {
      const contact = contactOf(cells);
      expect(contact.name).toBe(name);
      expect(contact.firstName).toBe(firstName);
    });
  });

  it("keeps the text columns as typed, trimmed", () => {
    const contact = contactOf({
      company: " Acme ",
      title: "CTO",
      metAt: "RustConf",
      recentPost: "async Rust",
      milestone: "New role",
      interests: "Rust, WebAssembly",
    });
    expect(contact).toMatchObject({
      company: "Acme",
      title: "CTO",
      metAt: "RustConf",
      recentPost: "async Rust",
      milestone: "New role",
    });
  });

  it("never reads Notes", () => {
    expect(parsed({ notes: "Status: Connected; Aligned: maybe" }).problems).toEqual([]);
  });

  it("keeps the row number as the user sees it", () => {
    const row = parseRow({ rowNumber: 42, cells: { name: "Ana" } }, options);
    expect(row.kind === "contact" && row.contact.rowNumber).toBe(42);
  });

  it("collects every problem of a row with its column and value as typed", () => {
    expect(
      parsed({ status: "Maybe", aligned: "Perhaps", connectedOn: "soon" }).problems,
    ).toMatchInlineSnapshot(`
      [
        {
          "column": "Status",
          "message": "Status "Maybe" cannot be read (use one of Not connected, Following, Request sent, Incoming request, Connected, Withdrawn, Declined)",
          "value": "Maybe",
        },
        {
          "column": "Aligned",
          "message": "Aligned "Perhaps" cannot be read (use Yes, No, or blank when not yet known)",
          "value": "Perhaps",
        },
        {
          "column": "Connected on",
          "message": "Connected on "soon" cannot be read (use a date like 2026-11-03, 3 Nov 2026, Nov 3, 2026 or 11/03/2026, or a spreadsheet date cell)",
          "value": "soon",
        },
      ]
    `);
  });
});
