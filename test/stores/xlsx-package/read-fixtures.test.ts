import { describe, expect, it } from "vitest";
import { openWorkbookPackage } from "../../../shared/stores/xlsx-package/workbook-package.js";
import { fixture } from "./xlsx-test-support.js";

// Values as openpyxl 3.0.9 reads them (load_workbook(data_only=True)), trailing blanks trimmed.
const ADA = new Date(Date.UTC(2026, 2, 2));
const GRACE = new Date(Date.UTC(2025, 11, 31));
const HEADER = ["Name", "LinkedIn URL", "Status", "Requested on", "Notes", "Profile", "Name length"];
const NOTES = ["Met at PyCon & <dinner>", "café 😀 line1\nline2"];

const contactsWithResults = [
  HEADER,
  ["Ada Lovelace", "https://www.linkedin.com/in/ada", "Request sent", ADA, NOTES[0], "View profile", 12],
  ["Grace Hopper", "https://www.linkedin.com/in/grace", "Connected", GRACE, NOTES[1], "View profile", 12],
  ["Alan Turing", "https://www.linkedin.com/in/alan", undefined, undefined, undefined, undefined, 11],
];
// openpyxl saves formulas without results: they read as blank.
const contactsWithoutResults = [
  HEADER,
  ["Ada Lovelace", "https://www.linkedin.com/in/ada", "Request sent", ADA, NOTES[0], "View profile"],
  ["Grace Hopper", "https://www.linkedin.com/in/grace", "Connected", GRACE, NOTES[1]],
  ["Alan Turing", "https://www.linkedin.com/in/alan"],
];
const pandasRows = [
  ["Name", "Status", "Requested on", "Score"],
  ["Ada Lovelace", "Request sent", ADA, 1.5],
  ["Grace Hopper", "Connected", GRACE, 2],
];

describe("readSheet on files saved by other programs", () => {
  it.each([
    ["libreoffice-contacts.xlsx", contactsWithResults],
    ["openpyxl-contacts.xlsx", contactsWithoutResults],
    ["pandas-openpyxl.xlsx", pandasRows],
    ["pandas-xlsxwriter.xlsx", pandasRows],
    [
      "openpyxl-1904.xlsx",
      [
        ["Name", "Requested on"],
        ["Ada Lovelace", ADA],
      ],
    ],
    [
      "libreoffice-1904.xlsx",
      [
        ["Name", "Requested on"],
        ["Ada Lovelace", ADA],
      ],
    ],
  ])("reads the Contacts cells of %s as openpyxl does", (file, rows) => {
    expect(openWorkbookPackage(fixture(file)).readSheet("Contacts").rows).toEqual(rows);
  });

  it.each([
    ["openpyxl-1904.xlsx", true],
    ["libreoffice-1904.xlsx", true],
    ["libreoffice-contacts.xlsx", false],
    ["pandas-xlsxwriter.xlsx", false],
  ])("knows the date system of %s (1904: %s)", (file, date1904) => {
    expect(openWorkbookPackage(fixture(file)).date1904).toBe(date1904);
  });

  it.each(["libreoffice-contacts.xlsx", "openpyxl-contacts.xlsx"])(
    "lists the sheets of %s in order, the hidden one marked, with their parts",
    (file) => {
      expect(openWorkbookPackage(fixture(file)).sheets).toEqual([
        { name: "Contacts", partPath: "xl/worksheets/sheet1.xml", hidden: false },
        { name: "Settings", partPath: "xl/worksheets/sheet2.xml", hidden: false },
        { name: "Stats", partPath: "xl/worksheets/sheet3.xml", hidden: false },
        { name: "Lists", partPath: "xl/worksheets/sheet4.xml", hidden: true },
      ]);
    },
  );

  it.each(["libreoffice-contacts.xlsx", "openpyxl-contacts.xlsx"])(
    "finds the hyperlink cell and the HYPERLINK formula of %s",
    (file) => {
      const { links } = openWorkbookPackage(fixture(file)).readSheet("Contacts");
      expect(Object.fromEntries(links)).toEqual({
        "1,5": "https://www.linkedin.com/in/ada",
        "2,5": "https://www.linkedin.com/in/grace",
      });
    },
  );

  it("reports the formulas openpyxl saved without a result", () => {
    const grid = openWorkbookPackage(fixture("openpyxl-contacts.xlsx")).readSheet("Contacts");
    expect(grid.uncachedFormulas).toEqual([
      { row: 1, column: 6, formula: "LEN(A2)" },
      { row: 2, column: 5, formula: 'HYPERLINK("https://www.linkedin.com/in/grace","View profile")' },
      { row: 2, column: 6, formula: "LEN(A3)" },
      { row: 3, column: 6, formula: "LEN(A4)" },
    ]);
  });

  it.each([
    ["libreoffice-contacts.xlsx", "Settings", true],
    ["openpyxl-contacts.xlsx", "Settings", true],
    ["libreoffice-contacts.xlsx", "Contacts", false],
  ])("sees the sheet protection of %s %s (%s), written as true or 1", (file, sheet, protectedSheet) => {
    expect(openWorkbookPackage(fixture(file)).readSheet(sheet).protected).toBe(protectedSheet);
  });

  it.each(["libreoffice-contacts.xlsx", "openpyxl-contacts.xlsx"])(
    "describes the Excel table of %s",
    (file) => {
      expect(openWorkbookPackage(fixture(file)).tablesOf("Contacts")).toEqual([
        {
          name: "ContactsTable",
          partPath: "xl/tables/table1.xml",
          ref: "A1:G4",
          range: { top: 0, left: 0, bottom: 3, right: 6 },
          headerRowCount: 1,
          totalsRowCount: 0,
          columns: HEADER,
        },
      ]);
    },
  );

  it("gives the style a date column's cells have, to copy onto new cells", () => {
    const grid = openWorkbookPackage(fixture("libreoffice-contacts.xlsx")).readSheet("Contacts");
    expect(grid.styleOf(1, 3)).toBe(2);
    expect(grid.styleOf(1, 0)).toBe(0);
    expect(grid.styleOf(500, 7)).toBeUndefined();
  });

  it("finds a sheet by its name ignoring case and surrounding spaces", () => {
    const pkg = openWorkbookPackage(fixture("pandas-openpyxl.xlsx"));
    expect(pkg.readSheet(" contacts ").rows[0]).toEqual(["Name", "Status", "Requested on", "Score"]);
    expect(() => pkg.readSheet("People")).toThrow(
      'the workbook has no sheet named "People" (it has "Contacts")',
    );
  });
});
