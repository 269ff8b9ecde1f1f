import { describe, expect, it } from "vitest";
import { openWorkbookPackage } from "../../../shared/stores/xlsx-package/workbook-package.js";
import { fixture, text, unzipParts } from "./xlsx-test-support.js";

const RUN_LOG = [
  ["Started at", "Rows changed"],
  ["2026-11-25 07:00", 12],
  [{ text: "Ada Lovelace", link: "https://www.linkedin.com/in/ada" }, undefined],
];

describe("writeOwnSheet", () => {
  it.each(["libreoffice-contacts.xlsx", "openpyxl-contacts.xlsx", "pandas-xlsxwriter.xlsx"])(
    "adds a new sheet to %s that reads back, after the others",
    (file) => {
      const pkg = openWorkbookPackage(fixture(file));
      pkg.writeOwnSheet("Run log", RUN_LOG, { columnWidths: [22, 12], frozenRows: 1, boldRows: [0] });
      const again = openWorkbookPackage(pkg.toBytes());
      expect(again.sheets.at(-1)?.name).toBe("Run log");
      const grid = again.readSheet("Run log");
      expect(grid.rows).toEqual([["Started at", "Rows changed"], ["2026-11-25 07:00", 12], ["Ada Lovelace"]]);
      expect(grid.links.get("2,0")).toBe("https://www.linkedin.com/in/ada");
      expect(grid.styleOf(0, 0)).toBeGreaterThan(0);
    },
  );

  it("changes workbook.xml, its rels and [Content_Types].xml only by the new entries", () => {
    const original = unzipParts(fixture("libreoffice-contacts.xlsx"));
    const pkg = openWorkbookPackage(fixture("libreoffice-contacts.xlsx"));
    pkg.writeOwnSheet("Run log", RUN_LOG);
    const parts = unzipParts(pkg.toBytes());
    const workbook = text(parts["xl/workbook.xml"]);
    expect(workbook).toBe(
      text(original["xl/workbook.xml"]).replace(
        "</sheets>",
        '<sheet name="Run log" sheetId="5" r:id="rId7"/></sheets>',
      ),
    );
    expect(text(parts["xl/_rels/workbook.xml.rels"])).toContain(
      '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet5.xml"/>',
    );
    expect(text(parts["[Content_Types].xml"])).toContain('<Override PartName="/xl/worksheets/sheet5.xml"');
    for (const name of Object.keys(original)) {
      if (!["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"].includes(name)) {
        expect(parts[name], name).toEqual(original[name]);
      }
    }
  });

  it("replaces the sheetData of a sheet that exists, keeping what surrounds it", () => {
    const pkg = openWorkbookPackage(fixture("openpyxl-contacts.xlsx"));
    pkg.writeOwnSheet("Stats", [
      ["Status", "Count"],
      ["Connected", 3],
    ]);
    const parts = unzipParts(pkg.toBytes());
    const again = openWorkbookPackage(pkg.toBytes());
    expect(again.readSheet("Stats").rows).toEqual([
      ["Status", "Count"],
      ["Connected", 3],
    ]);
    expect(text(parts["xl/worksheets/sheet3.xml"])).toContain("<drawing");
    expect(text(parts["xl/worksheets/sheet3.xml"])).toContain('<dimension ref="A1:B2"/>');
  });

  it("adds the bold style once, however many runs write the sheet", () => {
    let bytes = fixture("pandas-openpyxl.xlsx");
    const styles: string[] = [];
    for (let run = 0; run < 3; run++) {
      const pkg = openWorkbookPackage(bytes);
      pkg.writeOwnSheet("Run log", RUN_LOG, { boldRows: [0] });
      bytes = pkg.toBytes();
      styles.push(text(unzipParts(bytes)["xl/styles.xml"]));
    }
    expect(styles[0]).not.toBe(text(unzipParts(fixture("pandas-openpyxl.xlsx"))["xl/styles.xml"]));
    expect(styles[1]).toBe(styles[0]);
    expect(styles[2]).toBe(styles[0]);
    expect(openWorkbookPackage(bytes).sheets.filter((sheet) => sheet.name === "Run log")).toHaveLength(1);
  });

  it("refuses a name Excel would refuse", () => {
    const pkg = openWorkbookPackage(fixture("pandas-openpyxl.xlsx"));
    expect(() => pkg.writeOwnSheet("Run/log", [])).toThrow('"Run/log" cannot name a sheet');
  });
});
