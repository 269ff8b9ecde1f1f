import type ExcelJS from "exceljs";
import type { CellWrite, TabWrite } from "../grid/grid-document.js";
import { findSheet, markAsTends } from "./xlsx-looks.js";

const DATE_FORMAT = "yyyy-mm-dd";
/** Excel cannot show days before 1 March 1900 as dates: those stay ISO text, which Tend reads too. */
const FIRST_DATE_CELL = "1900-03-01";

/** One tab's writes into the workbook in memory (the document saves the file). */
export function applyTabWrite(workbook: ExcelJS.Workbook, write: TabWrite): void {
  let sheet = findSheet(workbook, write.tab);
  if (sheet === undefined) {
    sheet = workbook.addWorksheet(write.tab);
    for (const [column, width] of write.layout?.columnWidths ?? []) sheet.getColumn(column + 1).width = width;
  }
  const headerFont = sheet.getRow(1).getCell(1).font;
  const dateFormats = new Map<number, string>();
  for (const cell of write.cells) {
    const target = sheet.getRow(cell.row + 1).getCell(cell.column + 1);
    setValue(sheet, target, cell, dateFormats);
    if (cell.look === "tend-header") markAsTends(target);
    if (cell.look === "header" && headerFont !== undefined) target.font = headerFont;
  }
  for (const [row, size] of write.layout?.boldRows ?? []) {
    sheet.getRow(row + 1).font = size === undefined ? { bold: true } : { bold: true, size };
  }
}

function setValue(
  sheet: ExcelJS.Worksheet,
  target: ExcelJS.Cell,
  cell: CellWrite,
  formats: Map<number, string>,
) {
  const { value } = cell;
  if (value === null || typeof value !== "object") {
    // Plain strings are stored as text by exceljs: "=HYPERLINK(...)" stays text, never a formula.
    target.value = value;
    return;
  }
  if ("link" in value) {
    target.value = { text: value.link, hyperlink: value.link };
    return;
  }
  if (value.day < FIRST_DATE_CELL) {
    target.value = value.day;
    return;
  }
  let format = formats.get(cell.column);
  if (format === undefined) {
    const own = sheet.getColumn(cell.column + 1).numFmt;
    format = typeof own === "string" && /[dy]/i.test(own) ? own : DATE_FORMAT;
    formats.set(cell.column, format);
  }
  target.value = new Date(`${value.day}T00:00:00Z`);
  target.numFmt = format;
}
