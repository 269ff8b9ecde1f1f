import { cellRef, formatRange } from "./cell-ref.js";
import type { OwnCell, OwnSheetOptions } from "./types.js";
import { encodeCellText, escapeXml } from "./xml-text.js";

// Excel refuses a string literal over 255 characters in a formula: longer links stay plain text.
const MAX_FORMULA_STRING = 255;

/** The <sheetData> of a sheet Tend owns, and the ref its <dimension> should give. */
export function ownSheetData(
  prefix: string,
  rows: readonly (readonly OwnCell[])[],
  boldStyle: number | undefined,
  boldRows: ReadonlySet<number>,
  /** The style a plain cell keeps: its column's (a wrap set on the Why column stays). */
  styleOf: (row: number, column: number) => number | undefined = () => undefined,
  tall: OwnSheetOptions["tallRows"] = undefined,
): { sheetData: string; ref: string } {
  const out: string[] = [`<${prefix}sheetData>`];
  let right = 0;
  let bottom = 0;
  rows.forEach((cells, row) => {
    const bold = boldRows.has(row) && boldStyle !== undefined ? ` s="${boldStyle}"` : undefined;
    const written: string[] = [];
    cells.forEach((cell, column) => {
      const own = styleOf(row, column);
      const style = bold ?? (own === undefined ? "" : ` s="${own}"`);
      const xml = ownCellXml(prefix, cellRef(row, column), cell, style);
      if (xml === undefined) return;
      written.push(xml);
      right = Math.max(right, column);
      bottom = row;
    });
    const height = tall?.rows.includes(row) ? ` ht="${tall.height}" customHeight="1"` : "";
    if (written.length > 0) out.push(`<${prefix}row r="${row + 1}"${height}>`, ...written, `</${prefix}row>`);
  });
  out.push(`</${prefix}sheetData>`);
  return { sheetData: out.join(""), ref: formatRange({ top: 0, left: 0, bottom, right }) };
}

function ownCellXml(prefix: string, ref: string, cell: OwnCell, style: string): string | undefined {
  if (cell === undefined || cell === "") return undefined;
  const open = `<${prefix}c r="${ref}"${style}`;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`cell ${ref}: ${cell} cannot be written as a number`);
    return `${open}><${prefix}v>${cell}</${prefix}v></${prefix}c>`;
  }
  const text = typeof cell === "string" ? cell : cell.text;
  if (
    typeof cell !== "string" &&
    cell.link.length <= MAX_FORMULA_STRING &&
    text.length <= MAX_FORMULA_STRING
  ) {
    const formula = `HYPERLINK(${formulaString(cell.link)},${formulaString(text)})`;
    return `${open} t="str"><${prefix}f>${escapeXml(formula)}</${prefix}f><${prefix}v>${encodeCellText(text)}</${prefix}v></${prefix}c>`;
  }
  const t = `${prefix}t`;
  return `${open} t="inlineStr"><${prefix}is><${t} xml:space="preserve">${encodeCellText(text)}</${t}></${prefix}is></${prefix}c>`;
}

function formulaString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A whole new worksheet part for a sheet Tend owns. */
export function newOwnSheetXml(sheetData: string, ref: string, options: OwnSheetOptions): string {
  const frozen = options.frozenRows ?? 0;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
      : "";
  const widths = (options.columnWidths ?? [])
    .map((width, column) =>
      width === undefined
        ? ""
        : `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="${ref}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths === "" ? "" : `<cols>${widths}</cols>`) +
    sheetData +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}

/** Checks Excel's rules for a sheet name (31 characters, none of : \ / ? * [ ]). */
export function assertSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`"${name}" cannot name a sheet: up to 31 characters, none of : \\ / ? * [ ]`);
  }
}
