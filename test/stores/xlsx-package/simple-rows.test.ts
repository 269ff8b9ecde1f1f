import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellRef } from "../../../shared/stores/xlsx-package/cell-ref.js";
import { readSheetXml } from "../../../shared/stores/xlsx-package/sheet-reader.js";
import { escapeXml } from "../../../shared/stores/xlsx-package/xml-text.js";

const context = { sharedStrings: ["zero", "one", "two & three"], dateStyles: [false, true], date1904: false };

const cellBody = fc.oneof(
  fc.integer({ min: -5000, max: 50000 }).map((n) => ({ t: "", body: `<v>${n}</v>` })),
  fc.integer({ min: 0, max: 2 }).map((n) => ({ t: ' t="s"', body: `<v>${n}</v>` })),
  fc.constantFrom("0", "1").map((b) => ({ t: ' t="b"', body: `<v>${b}</v>` })),
  fc
    .string({ unit: fc.constantFrom("a", "é", " ", "&", "<", ">", "\r\n", "\n", "_x000D_", "'", '"') })
    .map((text) => ({
      t: ' t="inlineStr"',
      body: `<is><t xml:space="preserve">${escapeXml(text)}</t></is>`,
    })),
  fc.constant({ t: "", body: "" }),
);
const sheet = fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), cellBody), { maxLength: 6 }), {
  maxLength: 8,
});

/** A worksheet of these rows; `commented` puts a comment in each row, which only the scanner reads. */
function sheetXml(rows: [number, { t: string; body: string }][][], commented: boolean): string {
  const rowXml = rows.map((cells, row) => {
    const cellXml = cells.map(([style, { t, body }], column) => {
      const open = `<c r="${cellRef(row, column)}"${style ? ` s="${style}"` : ""}${t}`;
      return body === "" ? `${open}/>` : `${open}>${body}</c>`;
    });
    return `<row r="${row + 1}" spans="1:6">${commented ? "<!-- a note -->" : ""}${cellXml.join("")}</row>`;
  });
  return `<worksheet xmlns="urn:main"><sheetData>${rowXml.join("")}</sheetData></worksheet>`;
}

describe("the fast lane for simple rows", () => {
  it("reads every cell as the XML scanner does", () => {
    fc.assert(
      fc.property(sheet, (rows) => {
        const fast = readSheetXml(sheetXml(rows, false), context, "sheet");
        const scanned = readSheetXml(sheetXml(rows, true), context, "sheet");
        expect(fast.rows).toEqual(scanned.rows);
        const { cells } = fast.index;
        const columns = (read: typeof fast) =>
          Array.from(read.index.cells.column.slice(0, read.index.cells.length));
        const styles = (read: typeof fast) =>
          Array.from(read.index.cells.style.slice(0, read.index.cells.length));
        expect(cells.length).toBe(scanned.index.cells.length);
        expect(columns(fast)).toEqual(columns(scanned));
        expect(styles(fast)).toEqual(styles(scanned));
        expect(fast.index.rows.map((row) => [row.number, row.cellCount])).toEqual(
          scanned.index.rows.map((row) => [row.number, row.cellCount]),
        );
      }),
    );
  });

  it("knows where each cell is, for splicing edits in", () => {
    const xml = sheetXml(
      [
        [
          [0, { t: ' t="s"', body: "<v>1</v>" }],
          [1, { t: "", body: "" }],
        ],
      ],
      false,
    );
    const { index } = readSheetXml(xml, context, "sheet");
    const spans = [0, 1].map((at) => xml.slice(index.cells.start[at], index.cells.end[at]));
    expect(spans).toEqual(['<c r="A1" t="s"><v>1</v></c>', '<c r="B1" s="1"/>']);
  });

  it("leaves a malformed row to the scanner, which refuses it", () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>';
    expect(() => readSheetXml(xml, context, "xl/worksheets/sheet1.xml")).toThrow(
      /sheet1.xml is not well-formed XML/,
    );
  });
});
