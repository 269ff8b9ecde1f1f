import { describe, expect, it } from "vitest";
import { loadAppsScript, serialOf } from "./apps-script-harness.js";
import type { CellValue, FakeSheet } from "./fake-spreadsheet.js";

const HEADER = ["Name", "LinkedIn URL", "Status", "Requested on", "Followed on", "Notes"];
const [STATUS, REQUESTED_ON, FOLLOWED_ON, NOTES] = [3, 4, 5, 6];

/** A contacts tab with Ana on row 2; `edit` types into a cell by hand and fires onEdit as Sheets does. */
function contacts(
  options: { header?: string[]; above?: CellValue[][]; tab?: string; now?: string; timeZone?: string } = {},
) {
  const script = loadAppsScript(options);
  const rows = [
    ...(options.above ?? []),
    options.header ?? HEADER,
    ["Ana Silva", "linkedin.com/in/ana", "", "", "", ""],
  ];
  const sheet = script.spreadsheet.addSheet(options.tab ?? "Contacts", rows);
  const anaRow = rows.length;
  const edit = (row: number, column: number, value: CellValue, numRows = 1) => {
    sheet.write(row, column, value);
    script.call("onEdit", { range: sheet.getRange(row, column, numRows, 1), value });
  };
  return { script, sheet, anaRow, edit };
}

const dateIn = (sheet: FakeSheet, row: number, column: number) => sheet.cell(row, column);

describe("onEdit", () => {
  it.each([
    ["Request sent", REQUESTED_ON],
    ["Following", FOLLOWED_ON],
    ["  request SENT ", REQUESTED_ON],
    ["Pending", REQUESTED_ON],
  ])("stamps today's date when Status becomes %j and the date is blank", (status, column) => {
    const { sheet, anaRow, edit } = contacts();
    edit(anaRow, STATUS, status);
    expect(dateIn(sheet, anaRow, column)).toBe(serialOf("2026-11-25"));
    expect(sheet.getRange(anaRow, column).getNumberFormat()).toBe("yyyy-mm-dd");
    const other = column === REQUESTED_ON ? FOLLOWED_ON : REQUESTED_ON;
    expect(dateIn(sheet, anaRow, other)).toBe("");
  });

  it.each([
    ["Connected", "another status"],
    ["", "a cleared status"],
  ])("stamps nothing for %j (%s)", (status) => {
    const { sheet, anaRow, edit } = contacts();
    edit(anaRow, STATUS, status);
    expect(sheet.rows[anaRow - 1]).toEqual(["Ana Silva", "linkedin.com/in/ana", status, "", "", ""]);
  });

  it("never overwrites a date that is there", () => {
    const { sheet, anaRow, edit } = contacts();
    sheet.write(anaRow, REQUESTED_ON, serialOf("2026-10-31"));
    edit(anaRow, STATUS, "Request sent");
    expect(dateIn(sheet, anaRow, REQUESTED_ON)).toBe(serialOf("2026-10-31"));
  });

  it("never overwrites a formula, even one that shows nothing", () => {
    const { sheet, anaRow, edit } = contacts();
    sheet.formulas.set(`${anaRow},${REQUESTED_ON}`, '=IF(A2="","",TODAY())');
    edit(anaRow, STATUS, "Request sent");
    expect(dateIn(sheet, anaRow, REQUESTED_ON)).toBe("");
  });

  it("stamps nothing when another column is edited, whatever the Status says", () => {
    const { sheet, anaRow, edit } = contacts();
    sheet.write(anaRow, STATUS, "Request sent");
    edit(anaRow, NOTES, "met at the fair");
    expect(dateIn(sheet, anaRow, REQUESTED_ON)).toBe("");
  });

  it.each([
    ["after midnight in Auckland", "2026-11-25T12:30:00Z", "Pacific/Auckland", "2026-11-26"],
    ["before midnight in Los Angeles", "2026-11-25T06:30:00Z", "America/Los_Angeles", "2026-11-24"],
  ])("takes today in the spreadsheet's time zone (%s)", (_, now, timeZone, day) => {
    const { sheet, anaRow, edit } = contacts({ now, timeZone });
    edit(anaRow, STATUS, "Following");
    expect(dateIn(sheet, anaRow, FOLLOWED_ON)).toBe(serialOf(day));
  });

  it("keeps the date format the column already has", () => {
    const { sheet, anaRow, edit } = contacts();
    sheet.formats.set(`${anaRow},${REQUESTED_ON}`, "d mmm yyyy");
    edit(anaRow, STATUS, "Request sent");
    expect(sheet.getRange(anaRow, REQUESTED_ON).getNumberFormat()).toBe("d mmm yyyy");
  });

  it("finds the columns by Tend's aliases, under a title row, in any order", () => {
    const header = ["Connection Status", "Notes", "Full Name", "Following since", "Invited on"];
    const { sheet, anaRow, edit } = contacts({ header, above: [["My network"], []] });
    edit(anaRow, 1, "Request sent");
    expect(dateIn(sheet, anaRow, 5)).toBe(serialOf("2026-11-25"));
    expect(dateIn(sheet, anaRow, 4)).toBe("");
  });

  it("stamps every row of a pasted block that needs it", () => {
    const { sheet, anaRow, edit } = contacts();
    sheet.write(anaRow + 1, 1, "Ben Okafor");
    sheet.write(anaRow + 2, 1, "Chris Novak");
    sheet.write(anaRow + 2, REQUESTED_ON, serialOf("2026-11-01"));
    sheet.write(anaRow + 1, STATUS, "Following");
    sheet.write(anaRow + 2, STATUS, "Request sent");
    edit(anaRow, STATUS, "Request sent", 3);
    expect(
      [anaRow, anaRow + 1, anaRow + 2].map((row) => [
        sheet.cell(row, REQUESTED_ON),
        sheet.cell(row, FOLLOWED_ON),
      ]),
    ).toEqual([
      [serialOf("2026-11-25"), ""],
      ["", serialOf("2026-11-25")],
      [serialOf("2026-11-01"), ""],
    ]);
  });

  it.each([
    ["Tend's own Today tab", { tab: "Today" }],
    ["a tab with no name column", { header: ["Company", "Notes", "Status", "Requested on"] }],
    ["a table with no Requested on column", { header: ["Name", "Notes", "Status", "Comments"] }],
  ])("changes nothing in %s", (_, options) => {
    const { sheet, anaRow, edit } = contacts(options);
    const before = sheet.rows.map((row) => [...row]);
    edit(anaRow, STATUS, "Request sent");
    before[anaRow - 1]?.splice(STATUS - 1, 1, "Request sent");
    expect(sheet.rows).toEqual(before);
  });

  it("leaves the rows above the header alone (a title, notes)", () => {
    const { sheet, edit } = contacts({ above: [["My network"]] });
    edit(1, STATUS, "Request sent");
    expect(sheet.rows[0]).toEqual(["My network", "", "Request sent"]);
  });
});
