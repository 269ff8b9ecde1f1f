import { describe, expect, it } from "vitest";
import { type CellWrite, openWorkbookPackage } from "../../../shared/stores/xlsx-package/workbook-package.js";
import { cellElements, makeXlsx, sheetXml, text, unzipParts } from "./xlsx-test-support.js";

const SHEET = "xl/worksheets/sheet1.xml";

function written(sheetData: string, writes: readonly CellWrite[], after = "", extra = {}) {
  const pkg = openWorkbookPackage(makeXlsx({ sheet: sheetXml(sheetData, after), extra }));
  pkg.setCells("Contacts", writes);
  const bytes = pkg.toBytes();
  return {
    xml: text(unzipParts(bytes)[SHEET]),
    parts: unzipParts(bytes),
    reread: openWorkbookPackage(bytes),
  };
}

describe("setCells", () => {
  it("inserts a new cell between two others, in column order", () => {
    const { xml } = written(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row></sheetData>',
      [{ row: 0, column: 2, value: 3 }],
    );
    expect(xml).toContain(
      '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row>',
    );
  });

  it.each([
    ["rows in order, columns not", [0, 1]],
    ["rows out of order", [1, 0]],
  ])("writes cells in column order, the last write to a cell winning (%s)", (_, rows) => {
    const writes = rows.flatMap((row) => [
      { row, column: 3, value: "first D" },
      { row, column: 1, value: `B${row + 1}` },
      { row, column: 3, value: `D${row + 1}` },
    ]);
    const { xml } = written('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', writes);
    const texts = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*))/g)].map(
      (match) => `${match[1]}=${match[2] ?? match[3]}`,
    );
    expect(texts).toEqual(["A1=1", "B1=B1", "D1=D1", "B2=B2", "D2=D2"]);
  });

  it("keeps a cell's style when it clears it or gets no style", () => {
    const { xml } = written(
      '<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>2</v></c></row></sheetData>',
      [
        { row: 0, column: 0, value: null },
        { row: 0, column: 1, value: "text" },
      ],
    );
    expect(cellElements(xml).get("A1")).toBe('<c r="A1" s="1"/>');
    expect(cellElements(xml).get("B1")).toContain('<c r="B1" s="1" t="inlineStr">');
  });

  it("gives a new cell its column's style unless the write names one", () => {
    const { xml } = written(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
      [
        { row: 0, column: 1, value: "b" },
        { row: 0, column: 2, value: "c", style: 0 },
      ],
      "",
    );
    expect(cellElements(xml).get("B1")).toBe(
      '<c r="B1" t="inlineStr"><is><t xml:space="preserve">b</t></is></c>',
    );
    const withColumns = openWorkbookPackage(
      makeXlsx({
        sheet: sheetXml('<cols><col min="2" max="2" style="1" width="12"/></cols><sheetData/>'),
      }),
    );
    withColumns.setCells("Contacts", [{ row: 4, column: 1, value: 46083 }]);
    expect(withColumns.readSheet("Contacts").rows[4]).toEqual([undefined, new Date(Date.UTC(2026, 2, 2))]);
  });

  it("fills an empty <sheetData/> with rows in order and widens the dimension", () => {
    const { xml } = written("<sheetData/>", [
      { row: 4, column: 3, value: "later" },
      { row: 1, column: 0, value: 1 },
    ]);
    expect(xml).toContain(
      '<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="5"><c r="D5" t="inlineStr"><is><t xml:space="preserve">later</t></is></c></row></sheetData>',
    );
    expect(xml).toContain('<dimension ref="A1:D5"/>');
  });

  it("opens a self-closing row and widens its spans", () => {
    const { xml } = written(
      '<sheetData><row r="1" spans="1:1"/><row r="3"><c r="A3"><v>3</v></c></row></sheetData>',
      [
        { row: 0, column: 4, value: 5 },
        { row: 1, column: 0, value: 2 },
      ],
    );
    expect(xml).toContain(
      '<row r="1" spans="1:5"><c r="E1"><v>5</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3">',
    );
  });

  it("writes strings as text that reads back the same, never as formulas", () => {
    const values = [
      "=SUM(A1:A3)",
      "  spaced  ",
      "tab\tand\r\nnewline",
      "bell\u0007",
      "_x0041_ literal",
      '<&>"',
    ];
    const { reread, xml } = written(
      "<sheetData/>",
      values.map((value, column) => ({ row: 0, column, value })),
    );
    expect(reread.readSheet("Contacts").rows).toEqual([values]);
    expect(xml).not.toContain("<f>");
  });

  it("writes dates as serial numbers in the workbook's date system", () => {
    const { xml, reread } = written("<sheetData/>", [
      { row: 0, column: 0, value: new Date(Date.UTC(2026, 2, 2)), style: 1 },
    ]);
    expect(cellElements(xml).get("A1")).toBe('<c r="A1" s="1"><v>46083</v></c>');
    expect(reread.readSheet("Contacts").rows).toEqual([[new Date(Date.UTC(2026, 2, 2))]]);
  });

  it("moves a shared formula to the next cell of its group when its master is overwritten", () => {
    const { xml, reread } = written(
      '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row></sheetData>',
      [{ row: 0, column: 0, value: "Total" }],
    );
    expect(cellElements(xml).get("A2")).toBe(
      '<c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>4</v></c>',
    );
    expect(cellElements(xml).get("A3")).toBe('<c r="A3"><f t="shared" si="0"/><v>6</v></c>');
    expect(reread.readSheet("Contacts").rows).toEqual([["Total"], [4], [6]]);
  });

  it("refuses to write into part of an array formula", () => {
    const pkg = openWorkbookPackage(
      makeXlsx({
        sheet: sheetXml(
          '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:B1">ROW(1:2)</f><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>',
        ),
      }),
    );
    expect(() => pkg.setCells("Contacts", [{ row: 0, column: 1, value: "x" }])).toThrow(
      "cell B1 is part of the array formula over A1:B1",
    );
  });

  it("drops calcChain.xml, its relationship and its content type once a formula cell gets a value", () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>';
    const bytes = makeXlsx({
      sheet: sheetXml('<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>'),
      workbookRels: rels,
      extra: {
        "xl/calcChain.xml":
          '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>',
      },
    });
    const pkg = openWorkbookPackage(bytes);
    pkg.setCells("Contacts", [{ row: 0, column: 0, value: "plain" }]);
    const parts = unzipParts(pkg.toBytes());
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    expect(text(parts["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
  });

  it.each([
    [{ row: -1, column: 0, value: 1 }, "a cell write needs a row and a column counted from 0, not -1,0"],
    [{ row: 0, column: 16_384, value: 1 }, "cell 0,16384 is beyond Excel's grid"],
    [{ row: 0, column: 0, value: Number.NaN }, "cell A1: NaN cannot be written as a number"],
  ])("refuses %o", (write, message) => {
    const pkg = openWorkbookPackage(makeXlsx({ sheet: sheetXml("<sheetData/>") }));
    expect(() => pkg.setCells("Contacts", [write])).toThrow(message);
  });
});
