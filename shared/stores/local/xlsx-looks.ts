import type ExcelJS from "exceljs";
import { TEND_COLUMN_FILL, TEND_COLUMN_NOTE } from "./workbook-tabs.js";

/** Tend's own column headers: bold, shaded, with a note saying the run rewrites the column. */
export function markAsTends(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TEND_COLUMN_FILL } };
  cell.note = TEND_COLUMN_NOTE;
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
}
