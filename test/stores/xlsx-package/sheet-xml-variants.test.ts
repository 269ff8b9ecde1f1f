import { describe, expect, it } from "vitest";
import { openWorkbookPackage } from "../../../shared/stores/xlsx-package/workbook-package.js";
import { makeXlsx, sheetXml } from "./xlsx-test-support.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function rowsOf(sheetData: string, sharedStrings?: string) {
  const pkg = openWorkbookPackage(
    makeXlsx({ sheet: sheetXml(sheetData), ...(sharedStrings === undefined ? {} : { sharedStrings }) }),
  );
  return pkg.readSheet("Contacts").rows;
}

describe("readSheet on the XML different writers produce", () => {
  it("reads a sheet whose elements carry a namespace prefix (Open XML SDK's x:)", () => {
    const sheet =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    const workbook = `<x:workbook xmlns:x="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Contacts" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    const pkg = openWorkbookPackage(makeXlsx({ sheet, workbook }));
    expect(pkg.date1904).toBe(true);
    expect(pkg.readSheet("Contacts").rows).toEqual([["Name", 7]]);
    pkg.setCells("Contacts", [
      { row: 0, column: 2, value: "Due" },
      { row: 1, column: 0, value: 3 },
    ]);
    const written = openWorkbookPackage(pkg.toBytes());
    expect(written.readSheet("Contacts").rows).toEqual([["Name", 7, "Due"], [3]]);
  });

  it("places rows and cells that have no r= after the one before", () => {
    const rows = rowsOf(
      '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row><c r="C2"><v>2</v></c><c><v>3</v></c></row></sheetData>',
    );
    expect(rows).toEqual([
      ["a", 1],
      [undefined, undefined, 2, 3],
    ]);
  });

  it.each([
    [
      "entities",
      '<c r="A1" t="inlineStr"><is><t>Fish &amp; chips &lt;3 &#233;&#x1F600;</t></is></c>',
      "Fish & chips <3 é😀",
    ],
    [
      "CDATA",
      '<c r="A1" t="inlineStr"><is><t><![CDATA[<b>bold</b> & more]]></t></is></c>',
      "<b>bold</b> & more",
    ],
    ["kept spaces", '<c r="A1" t="inlineStr"><is><t xml:space="preserve">  two  </t></is></c>', "  two  "],
    ["Excel's _x000D_ escape", '<c r="A1" t="inlineStr"><is><t>a_x000D_\nb</t></is></c>', "a\r\nb"],
    [
      "rich text without its phonetic run",
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> plain</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></is></c>',
      "Bold plain",
    ],
    ["a boolean", '<c r="A1" t="b"><v>1</v></c>', true],
    ["an error as its text", '<c r="A1" t="e"><v>#N/A</v></c>', "#N/A"],
    ["a formula's cached string", '<c r="A1" t="str"><f>UPPER("x")</f><v>X</v></c>', "X"],
    [
      "an ISO date cell (t=d)",
      '<c r="A1" t="d"><v>2026-03-02T00:00:00</v></c>',
      new Date(Date.UTC(2026, 2, 2)),
    ],
    ["a number with a date style", '<c r="A1" s="1"><v>46083.5</v></c>', new Date(Date.UTC(2026, 2, 2, 12))],
    ["a number", '<c r="A1"><v>1.5E3</v></c>', 1500],
  ])("reads %s", (_, cell, value) => {
    expect(rowsOf(`<sheetData><row r="1">${cell}</row></sheetData>`)).toEqual([[value]]);
  });

  it("reads shared strings, rich ones joined", () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>plain</t></si><si><r><t>ri</t></r><r><t>ch</t></r></si><si/></sst>`;
    const rows = rowsOf(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>',
      sst,
    );
    expect(rows).toEqual([["plain", "rich", ""]]);
  });

  it("gives shared formulas their own text, shifted from the master cell", () => {
    const pkg = openWorkbookPackage(
      makeXlsx({
        sheet: sheetXml(
          '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2+$C$1</f><v></v></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" si="0"/></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c></row></sheetData>',
        ),
      }),
    );
    const grid = pkg.readSheet("Contacts");
    expect(grid.uncachedFormulas).toEqual([
      { row: 0, column: 0, formula: "B1*2+$C$1" },
      { row: 1, column: 0, formula: "B2*2+$C$1" },
    ]);
    expect(grid.rows).toEqual([[], [], [4]]);
  });

  it("takes <hyperlink> targets from the sheet's relationships, and internal ones as #location", () => {
    const sheet = sheetXml(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>View profile</t></is></c><c r="B1" t="inlineStr"><is><t>Go</t></is></c></row></sheetData>',
      '<hyperlinks><hyperlink ref="A1" r:id="rId7"/><hyperlink ref="B1" location="Settings!A1"/></hyperlinks>',
    );
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.linkedin.com/in/ada" TargetMode="External"/></Relationships>';
    const pkg = openWorkbookPackage(
      makeXlsx({ sheet, extra: { "xl/worksheets/_rels/sheet1.xml.rels": rels } }),
    );
    expect(Object.fromEntries(pkg.readSheet("Contacts").links)).toEqual({
      "0,0": "https://www.linkedin.com/in/ada",
      "0,1": "#Settings!A1",
    });
  });
});
