import { boldStyle } from "./bold-style.js";
import { assertSheetName, newOwnSheetXml, ownSheetData } from "./own-sheet-xml.js";
import type { PackageParts } from "./package-parts.js";
import { type SheetIndex, styleAt } from "./sheet-index.js";
import { applyEdits, type Edit } from "./splice.js";
import type { OwnCell, OwnSheetOptions } from "./types.js";

export interface OwnSheetWrite {
  readonly parts: PackageParts;
  readonly name: string;
  /** the sheet's part as read, when it exists */
  readonly existing: { readonly index: SheetIndex; readonly partPath: string } | undefined;
  readonly rows: readonly (readonly OwnCell[])[];
  readonly options: OwnSheetOptions;
  readonly stylesPath: string | undefined;
  /** registers a new sheet part with this text, returning its name */
  readonly add: (xml: string) => string;
}

/**
 * A sheet Tend owns (Run log, Today): its <sheetData> replaced whole, and its <dimension> with
 * it, keeping what the user set around it (widths, views, print settings); or a new sheet.
 */
export function writeOwnSheet(write: OwnSheetWrite): { partPath: string; replacedFormula: boolean } {
  const { parts, existing, rows, options } = write;
  const boldRows = new Set(options.boldRows ?? []);
  const style = boldRows.size > 0 ? bold(parts, write.stylesPath) : undefined;
  if (existing === undefined) {
    assertSheetName(write.name);
    const { sheetData, ref } = ownSheetData("", rows, style, boldRows, undefined, options.tallRows);
    return { partPath: write.add(newOwnSheetXml(sheetData, ref, options)), replacedFormula: false };
  }
  const { sheetData: where, dimension, xml, prefix, cells } = existing.index;
  if (where === undefined) throw new Error(`sheet "${write.name}" holds no cells`);
  const { sheetData, ref } = ownSheetData(
    prefix,
    rows,
    style,
    boldRows,
    (row, column) => styleAt(existing.index, row, column),
    options.tallRows,
  );
  const edits: Edit[] = [{ start: where.start, end: where.end, text: sheetData }];
  if (dimension !== undefined) {
    const tag = xml.slice(dimension.start, dimension.end).replace(/\bref=(["'])[^"']*\1/, `ref="${ref}"`);
    edits.push({ start: dimension.start, end: dimension.end, text: tag });
  }
  parts.setText(existing.partPath, applyEdits(xml, edits));
  return {
    partPath: existing.partPath,
    replacedFormula: cells.formula.subarray(0, cells.length).some((kind) => kind !== 0),
  };
}

function bold(parts: PackageParts, stylesPath: string | undefined): number | undefined {
  const xml = stylesPath === undefined ? undefined : parts.text(stylesPath);
  if (stylesPath === undefined || xml === undefined) return undefined;
  const found = boldStyle(xml);
  if (found === undefined) return undefined;
  if (found.xml !== xml) parts.setText(stylesPath, found.xml);
  return found.index;
}
