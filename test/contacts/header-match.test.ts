import { describe, expect, it } from "vitest";
import { INPUT_COLUMNS, type InputColumn } from "../../shared/contacts/columns.js";
import { columnLetter, matchColumn, matchHeaders } from "../../shared/contacts/header-match.js";

describe(matchColumn, () => {
  it.each(Object.entries(INPUT_COLUMNS).map(([column, spec]) => [spec.header, column]))(
    "finds the column %j by its own header",
    (header, column) => {
      expect(matchColumn(header)).toEqual({ kind: "input", column });
    },
  );

  it.each([
    ["Suggested action", "suggestedAction"],
    ["Why", "why"],
    ["Priority", "priority"],
    ["Due", "due"],
    ["Draft message", "draftMessage"],
  ])("finds the output column %j", (header, column) => {
    expect(matchColumn(header)).toEqual({ kind: "output", column });
  });

  it.each<[string, InputColumn]>([
    // trimmed, case-insensitive, inner whitespace collapsed
    ["  linkedin url  ", "linkedinUrl"],
    ["LINKEDIN   URL", "linkedinUrl"],
    ["met AT", "metAt"],
    ["Keep in touch (days)", "keepInTouchDays"],
    ["keep in touch  (DAYS)", "keepInTouchDays"],
    ["mutual\tconnections", "mutualConnections"],
    // aliases from CONTACTS.md
    ["URL", "linkedinUrl"],
    ["Profile URL", "linkedinUrl"],
    ["LinkedIn", "linkedinUrl"],
    ["Position", "title"],
    ["Role", "title"],
    ["Full Name", "name"],
    ["full name", "name"],
    ["First Name", "firstName"],
    ["Last Name", "lastName"],
  ])("matches %j to %s", (header, column) => {
    expect(matchColumn(header)).toEqual({ kind: "input", column });
  });

  it("keeps Profile (the review of an incoming request) apart from Profile URL", () => {
    expect(matchColumn("Profile")).toEqual({ kind: "input", column: "profile" });
    expect(matchColumn("Profile URL")).toEqual({ kind: "input", column: "linkedinUrl" });
  });

  it.each(["Next action", "Draft", "Birthday", "Phone"])("does not know %j", (header) => {
    expect(matchColumn(header)).toBeUndefined();
  });
});

describe(matchHeaders, () => {
  it("finds columns by header text, in the user's order, and keeps unknown ones", () => {
    const map = matchHeaders(["Phone", "Status", "full name", "", "URL", "Why", "Birthday"]);
    expect(map.input).toEqual({ status: 1, name: 2, linkedinUrl: 4 });
    expect(map.output).toEqual({ why: 5 });
    expect(map.unknown).toEqual([0, 3, 6]);
  });

  it("reads First Name and Last Name together when there is no Name column", () => {
    const map = matchHeaders(["First Name", "Last Name", "LinkedIn"]);
    expect(map.input).toEqual({ firstName: 0, lastName: 1, linkedinUrl: 2 });
  });

  it("uses the first of two columns that mean the same and reports the second", () => {
    const map = matchHeaders(["LinkedIn URL", "Profile URL"]);
    expect(map.input).toEqual({ linkedinUrl: 0 });
    expect(map.duplicates).toEqual([{ index: 1, header: "Profile URL", column: "linkedinUrl" }]);
    expect(map.unknown).toEqual([1]);
  });

  it("leaves every input column missing when the header row is empty", () => {
    expect(matchHeaders([])).toEqual({ input: {}, output: {}, unknown: [], duplicates: [] });
  });
});

describe(columnLetter, () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("names column %i %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});
