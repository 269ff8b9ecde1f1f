import { PackageParts } from "./package-parts.js";
import { resolveTarget } from "./part-paths.js";
import { parseRelationships } from "./relationships.js";
import { readZipEntries } from "./zip-archive.js";

const NOT_A_WORKBOOK = "this file is not an .xlsx workbook";

/** The package's parts and the name of its workbook part, or an Error saying what the file is instead. */
export function openParts(bytes: Uint8Array): { parts: PackageParts; workbookPath: string } {
  // Encrypted .xlsx files and old .xls files are OLE compound files, not zips.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error(
      `${NOT_A_WORKBOOK}: it is password-protected or an old .xls file; save it in Excel as an unprotected .xlsx`,
    );
  }
  let parts: PackageParts;
  try {
    parts = new PackageParts(readZipEntries(bytes));
  } catch (error) {
    throw new Error(`${NOT_A_WORKBOOK} (${(error as Error).message})`);
  }
  if (parts.has("mimetype") && !parts.has("[Content_Types].xml")) {
    throw new Error(`${NOT_A_WORKBOOK}: it looks like an OpenDocument (.ods) file; save it as .xlsx`);
  }
  const root = parseRelationships(parts.text("_rels/.rels"), "_rels/.rels");
  const main = root.find((rel) => rel.kind === "officeDocument" && !rel.external);
  const workbookPath = main === undefined ? undefined : parts.nameOf(resolveTarget("", main.target));
  if (
    workbookPath === undefined ||
    !parts.has(workbookPath) ||
    !/workbook/i.test(parts.text(workbookPath)?.slice(0, 4000) ?? "")
  ) {
    throw new Error(`${NOT_A_WORKBOOK}: it has no workbook part (xl/workbook.xml)`);
  }
  return { parts, workbookPath };
}
