import { readFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";

export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/xlsx/${name}`, import.meta.url));
}

/** Every entry of a zip, decompressed by fflate (a reader independent of the module). */
export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}

const CELL = /<(?:[\w.-]+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;

/** A small independent cell reader: each <c> element's text by its r= reference. */
export function cellElements(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of xml.matchAll(CELL)) {
    const ref = /\br="([^"]+)"/.exec(match[0])?.[1] ?? `#${cells.size}`;
    cells.set(ref, match[0]);
  }
  return cells;
}

/** The part's text with every <c> element taken out. */
export function withoutCells(xml: string): string {
  return xml.replace(CELL, "");
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface Parts {
  sheet: string;
  workbook?: string;
  styles?: string;
  sharedStrings?: string;
  extra?: Record<string, string>;
  workbookRels?: string;
}

/** A small workbook built in the test from its XML parts; style 1 is a date format. */
export function makeXlsx(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      parts.workbook ??
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      parts.workbookRels ??
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      parts.styles ??
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      parts.sharedStrings ??
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="0" uniqueCount="0"/>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(parts.sheet),
  };
  for (const [name, xml] of Object.entries(parts.extra ?? {})) files[name] = strToU8(xml);
  return zipSync(files);
}

/** A worksheet part around this sheetData (and what follows it). */
export function sheetXml(sheetData: string, after = "", dimension = "A1:C3"): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="${dimension}"/>${sheetData}${after}</worksheet>`;
}
