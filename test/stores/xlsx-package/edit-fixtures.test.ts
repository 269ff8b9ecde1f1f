import { describe, expect, it } from "vitest";
import { openWorkbookPackage } from "../../../shared/stores/xlsx-package/workbook-package.js";
import { cellElements, fixture, text, unzipParts, withoutCells } from "./xlsx-test-support.js";

const FILES = [
  "libreoffice-contacts.xlsx",
  "openpyxl-contacts.xlsx",
  "pandas-openpyxl.xlsx",
  "pandas-xlsxwriter.xlsx",
  "libreoffice-1904.xlsx",
];
const SHEET = "xl/worksheets/sheet1.xml";

function editContacts(file: string) {
  const original = fixture(file);
  const pkg = openWorkbookPackage(original);
  pkg.setCells("Contacts", [
    { row: 1, column: 1, value: "https://www.linkedin.com/in/someone-else" },
    { row: 2, column: 0, value: '=HYPERLINK("http://evil")' },
  ]);
  return { before: unzipParts(original), after: unzipParts(pkg.toBytes()) };
}

describe("setCells on files saved by other programs", () => {
  it.each(FILES)("leaves every other part of %s byte for byte as it was", (file) => {
    const { before, after } = editContacts(file);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name !== SHEET) expect(after[name], name).toEqual(before[name]);
    }
  });

  // The 1904 files have no third row: see the test of new rows below.
  it.each(FILES.slice(0, 4))("changes only the two written cells of %s's sheet", (file) => {
    const { before, after } = editContacts(file);
    const oldXml = text(before[SHEET]);
    const newXml = text(after[SHEET]);
    expect(withoutCells(newXml)).toBe(withoutCells(oldXml));
    const oldCells = cellElements(oldXml);
    const newCells = cellElements(newXml);
    expect([...newCells.keys()].sort()).toEqual([...oldCells.keys()].sort());
    for (const [ref, element] of oldCells) {
      if (ref !== "B2" && ref !== "A3") expect(newCells.get(ref), ref).toBe(element);
    }
    expect(newCells.get("B2")).toMatch(
      /^<c r="B2"( s="\d+")? t="inlineStr"><is><t xml:space="preserve">https:\/\/www.linkedin.com\/in\/someone-else<\/t><\/is><\/c>$/,
    );
    expect(newCells.get("A3")).toContain('<t xml:space="preserve">=HYPERLINK("http://evil")</t>');
  });

  it.each(FILES)("reads back the written cells of %s, and the rest as before", (file) => {
    const original = openWorkbookPackage(fixture(file)).readSheet("Contacts").rows;
    const pkg = openWorkbookPackage(fixture(file));
    pkg.setCells("Contacts", [{ row: 1, column: 1, value: "Changed" }]);
    const rows = openWorkbookPackage(pkg.toBytes()).readSheet("Contacts").rows;
    const expected = original.map((row) => [...row]);
    (expected[1] as unknown[])[1] = "Changed";
    expect(rows).toEqual(expected);
  });

  it("adds a row below the last one and widens the dimension to cover it", () => {
    const { before, after } = editContacts("libreoffice-1904.xlsx");
    const oldXml = text(before[SHEET]);
    const newXml = text(after[SHEET]);
    expect(newXml).toBe(
      oldXml
        .replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:B3"/>')
        .replace(/<c r="B2"[^>]*?(\/>|>.*?<\/c>)/, cellElements(newXml).get("B2") as string)
        .replace(
          "</sheetData>",
          '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://evil")</t></is></c></row></sheetData>',
        ),
    );
  });

  it("keeps the chart, the note, the names, the custom properties and the table of a LibreOffice file", () => {
    const pkg = openWorkbookPackage(fixture("libreoffice-contacts.xlsx"));
    pkg.setCells("Contacts", [{ row: 1, column: 7, value: "Follow up" }]);
    const parts = unzipParts(pkg.toBytes());
    expect(parts["xl/charts/chart1.xml"]).toBeDefined();
    expect(text(parts["xl/comments1.xml"])).toContain("A note on an empty cell");
    expect(text(parts["xl/workbook.xml"])).toContain('localSheetId="0" name="FirstContact"');
    expect(text(parts["docProps/custom.xml"])).toContain("Tend fixtures");
    expect(text(parts["xl/tables/table1.xml"])).toContain('ref="A1:G4"');
  });
});
