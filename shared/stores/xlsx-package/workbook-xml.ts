import { parseXml, prefixedAttribute, prefixOf } from "./xml-events.js";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly hidden: boolean;
}

export interface WorkbookXml {
  readonly sheets: WorkbookSheet[];
  readonly date1904: boolean;
  /** the main namespace's prefix ("" or e.g. "x:") */
  readonly prefix: string;
  /** the prefix bound to the relationships namespace on the root, if any ("r:") */
  readonly relationshipsPrefix: string | undefined;
  /** where a new <sheet> goes: the start of "</sheets>" */
  readonly sheetsEnd: number;
}

const RELATIONSHIPS_NS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

export function readWorkbookXml(xml: string): WorkbookXml {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let prefix = "";
  let relationshipsPrefix: string | undefined;
  let sheetsEnd = -1;
  parseXml(
    xml,
    {
      open(tag) {
        if (tag.local === "workbook") {
          prefix = prefixOf(tag.name);
          const declared = Object.entries(tag.attributes).find(([, value]) => RELATIONSHIPS_NS.has(value));
          if (declared?.[0].startsWith("xmlns:")) relationshipsPrefix = `${declared[0].slice(6)}:`;
        } else if (tag.local === "workbookPr") {
          // LibreOffice writes "true", Excel "1": both are xsd:boolean.
          date1904 = ["1", "true"].includes(tag.attributes.date1904 ?? "");
        } else if (tag.local === "sheet") {
          const state = tag.attributes.state;
          sheets.push({
            name: tag.attributes.name ?? "",
            sheetId: Number(tag.attributes.sheetId ?? 0),
            relationshipId: prefixedAttribute(tag.attributes, "id") ?? "",
            hidden: state === "hidden" || state === "veryHidden",
          });
        } else if (tag.local === "sheets" && tag.selfClosing) {
          throw new Error("xl/workbook.xml lists no sheets");
        }
      },
      close(local, end) {
        if (local === "sheets") sheetsEnd = xml.lastIndexOf("</", end - 1);
      },
    },
    "xl/workbook.xml",
  );
  if (sheetsEnd < 0) throw new Error("xl/workbook.xml has no <sheets>");
  return { sheets, date1904, prefix, relationshipsPrefix, sheetsEnd };
}
