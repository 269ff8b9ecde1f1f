import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSharedStrings } from "../../../shared/stores/xlsx-package/shared-strings.js";
import { escapeXml } from "../../../shared/stores/xlsx-package/xml-text.js";

const text = fc.string({ unit: fc.constantFrom("a", "é", " ", "&", "<", ">", "\r\n", "\n", "_x000D_", "'") });

function table(items: string[], commented: boolean): string {
  const si = items.map(
    (item) => `<si>${commented ? "<!-- c -->" : ""}<t xml:space="preserve">${escapeXml(item)}</t></si>`,
  );
  return `<?xml version="1.0"?>\n<sst xmlns="urn:main" count="${items.length}">${si.join("")}</sst>`;
}

describe("readSharedStrings", () => {
  it("reads plain items (by the fast lane) as the scanner reads them", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 10 }), (items) => {
        expect(readSharedStrings(table(items, false))).toEqual(readSharedStrings(table(items, true)));
      }),
    );
  });

  it("reads rich text as its runs joined, without the phonetic hints", () => {
    const xml =
      '<sst xmlns="urn:main"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> text</t></r><rPh><t>ほ</t></rPh></si><si/><si><t>AT&amp;T_x000D_</t></si></sst>';
    expect(readSharedStrings(xml)).toEqual(["plain", "Bold text", "", "AT&T\r"]);
  });

  it("refuses a table that is never closed", () => {
    expect(() => readSharedStrings('<sst xmlns="urn:main"><si><t>a</t></si>')).toThrow(
      /sharedStrings.xml is not well-formed XML/,
    );
  });
});
