import type { CellValue } from "../../contacts/parse-date.js";
import type { CellWrite as GridCellWrite, GridValue, TabWrite } from "../grid/grid-document.js";
import type {
  CellWrite,
  OwnCell,
  OwnSheetOptions,
  WorkbookPackage,
} from "../xlsx-package/workbook-package.js";

/** Three lines of wrapped text. */
const TALL_ROW_POINTS = 45;

/** Excel cannot show days before 1 March 1900 as dates: those stay ISO text, which Tend reads too. */
const FIRST_DATE_CELL = "1900-03-01";

/**
 * Tend's cells of the contacts tab as package writes. Text is always text; a day becomes a date
 * cell (in the cell's own date format, else a plain short date); a new header takes the look of
 * the header beside it.
 */
export function contactCellWrites(workbook: WorkbookPackage, write: TabWrite): CellWrite[] {
  const grid = workbook.readSheet(write.tab);
  let plainDate: number | undefined;
  return write.cells.map((cell): CellWrite => {
    const { row, column } = cell;
    const value = contactValue(cell.value);
    if (cell.look !== undefined) return withStyle({ row, column, value }, headerStyle(grid.styleOf, cell));
    if (!(value instanceof Date) || workbook.isDateStyle(grid.styleOf(row, column)))
      return { row, column, value };
    plainDate ??= workbook.dateStyle();
    return plainDate === undefined
      ? { row, column, value: isoOf(value) }
      : { row, column, value, style: plainDate };
  });
}

function headerStyle(styleOf: (row: number, column: number) => number | undefined, cell: GridCellWrite) {
  for (let column = cell.column - 1; column >= 0; column--) {
    const style = styleOf(cell.row, column);
    if (style !== undefined) return style;
  }
  return undefined;
}

function withStyle(write: CellWrite, style: number | undefined): CellWrite {
  return style === undefined ? write : { ...write, style };
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function contactValue(value: GridValue): CellWrite["value"] {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  // A workbook has no checkbox of its own: a cleared tick is an empty cell.
  if (typeof value === "boolean") return value ? "TRUE" : null;
  if ("link" in value) return value.link;
  if (value.day >= FIRST_DATE_CELL) return new Date(`${value.day}T00:00:00Z`);
  return value.day;
}

/** A tab Tend owns, whole: what it holds now with the writes laid over it. */
export function ownSheetRows(
  workbook: WorkbookPackage,
  write: TabWrite,
): { rows: OwnCell[][]; options: OwnSheetOptions } {
  const exists = workbook.sheets.some(
    (sheet) => sheet.name.trim().toLowerCase() === write.tab.trim().toLowerCase(),
  );
  const rows: OwnCell[][] = [];
  if (exists) {
    const grid = workbook.readSheet(write.tab);
    grid.rows.forEach((line, y) => {
      rows[y] = line.map((value, x) => ownCell(value, grid.links.get(`${y},${x}`)));
    });
  }
  for (const cell of write.cells) {
    const line = rows[cell.row] ?? [];
    rows[cell.row] = line;
    line[cell.column] = ownValue(cell.value);
  }
  for (let y = 0; y < rows.length; y++) rows[y] ??= [];
  const layout = write.layout ?? {};
  const widths: (number | undefined)[] = [];
  for (const [column, width] of layout.columnWidths ?? []) widths[column] = width;
  return {
    rows,
    options: {
      columnWidths: widths,
      ...(layout.frozenRows === undefined ? {} : { frozenRows: layout.frozenRows }),
      boldRows: (layout.boldRows ?? []).map(([row]) => row),
      ...(layout.tallRows === undefined
        ? {}
        : { tallRows: { rows: layout.tallRows, height: TALL_ROW_POINTS } }),
    },
  };
}

function ownCell(value: CellValue, link: string | undefined): OwnCell {
  if (value === undefined || value === null || value === "") return undefined;
  if (link !== undefined) return { text: String(value), link };
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  return value;
}

function ownValue(value: GridValue): OwnCell {
  if (value === null || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "link" in value ? { text: value.link, link: value.link } : value.day;
}
