import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { openWorkbookPackage } from "../../../shared/stores/xlsx-package/workbook-package.js";

describe("openWorkbookPackage", () => {
  it.each([
    [
      "text",
      strToU8("Name,Status\nAda,Connected\n"),
      "this file is not an .xlsx workbook (not a zip archive)",
    ],
    [
      "an encrypted or .xls file",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "password-protected or an old .xls file",
    ],
    [
      "an OpenDocument spreadsheet",
      zipSync({
        mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
        "content.xml": strToU8("<x/>"),
      }),
      "it looks like an OpenDocument (.ods) file",
    ],
    [
      "a Word document",
      zipSync({
        "[Content_Types].xml": strToU8("<Types/>"),
        "_rels/.rels": strToU8(
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
        "word/document.xml": strToU8("<w:document/>"),
      }),
      "it has no workbook part",
    ],
  ])("says clearly that %s is not a workbook", (_, bytes, message) => {
    expect(() => openWorkbookPackage(bytes)).toThrow(message);
  });
});
