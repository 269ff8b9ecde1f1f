import type { PackageParts } from "./package-parts.js";
import { relativeTarget, relsPathOf } from "./part-paths.js";
import { parseRelationships, RELATIONSHIP_TYPES } from "./relationships.js";
import type { WorkbookXml } from "./workbook-xml.js";
import { escapeAttribute } from "./xml-text.js";

const WORKSHEET_TYPE = `${RELATIONSHIP_TYPES}/worksheet`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * Registers a new worksheet part: a <sheet> at the end of workbook.xml's <sheets>, a relationship
 * in its .rels and an Override in [Content_Types].xml, each inserted without rewriting the rest.
 * Returns the part's name.
 */
export function addSheetPart(
  parts: PackageParts,
  workbookPath: string,
  workbook: WorkbookXml,
  name: string,
  xml: string,
): string {
  const folder = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  let number = workbook.sheets.length + 1;
  while (parts.has(`${folder}worksheets/sheet${number}.xml`)) number++;
  const partPath = `${folder}worksheets/sheet${number}.xml`;
  parts.setText(partPath, xml);

  const relsPath = relsPathOf(workbookPath);
  const rels = parts.text(relsPath);
  if (rels === undefined) throw new Error(`${relsPath} is missing`);
  const taken = new Set(parseRelationships(rels, relsPath).map((rel) => rel.id));
  let id = taken.size + 1;
  while (taken.has(`rId${id}`)) id++;
  const target = relativeTarget(workbookPath, partPath);
  parts.setText(
    relsPath,
    insertBeforeLastClose(rels, `<Relationship Id="rId${id}" Type="${WORKSHEET_TYPE}" Target="${target}"/>`),
  );

  const workbookText = parts.text(workbookPath) as string;
  const sheetId = Math.max(0, ...workbook.sheets.map((sheet) => sheet.sheetId)) + 1;
  const r = workbook.relationshipsPrefix;
  // openpyxl declares the relationships prefix on each <sheet>, not on the root: do the same then.
  const idAttribute = r === undefined ? `xmlns:r="${RELATIONSHIP_TYPES}" r:id` : `${r}id`;
  const sheet = `<${workbook.prefix}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" ${idAttribute}="rId${id}"/>`;
  parts.setText(
    workbookPath,
    workbookText.slice(0, workbook.sheetsEnd) + sheet + workbookText.slice(workbook.sheetsEnd),
  );

  const types = parts.text("[Content_Types].xml");
  if (types === undefined) throw new Error("[Content_Types].xml is missing");
  const prefix = /<([\w.-]+:)?Types\b/.exec(types)?.[1] ?? "";
  parts.setText(
    "[Content_Types].xml",
    insertBeforeLastClose(
      types,
      `<${prefix}Override PartName="/${partPath}" ContentType="${WORKSHEET_CONTENT}"/>`,
    ),
  );
  return partPath;
}

export function insertBeforeLastClose(xml: string, element: string): string {
  const at = xml.lastIndexOf("</");
  if (at < 0) throw new Error("a part to extend has no closing tag");
  return xml.slice(0, at) + element + xml.slice(at);
}
