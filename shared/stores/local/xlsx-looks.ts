import type ExcelJS from "exceljs";
import { TEND_COLUMN_FILL, TEND_COLUMN_NOTE } from "./workbook-tabs.js";

/** One named font everywhere: a font without a name shows as a serif in LibreOffice. */
export const WORKBOOK_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { ...WORKBOOK_FONT, bold: true };
export const TEND_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: TEND_COLUMN_FILL },
};

/** Tend's own column headers: bold, shaded, with a note saying the run rewrites the column. */
export function markAsTends(cell: ExcelJS.Cell): void {
  cell.font = HEADER_FONT;
  cell.fill = TEND_FILL;
  cell.note = TEND_COLUMN_NOTE;
}
