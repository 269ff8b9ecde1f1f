import type { CellRange } from "./cell-ref.js";
import type { SheetIndex } from "./sheet-index.js";

/** A cell as Tend reads it. */
export type CellValue = string | number | boolean | Date | undefined;

export interface SheetInfo {
  readonly name: string;
  /** the zip entry of the worksheet, e.g. "xl/worksheets/sheet1.xml" */
  readonly partPath: string;
  /** state="hidden" or "veryHidden" */
  readonly hidden: boolean;
}

export interface UncachedFormula {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** One sheet's cells; rows and columns count from 0. */
export interface SheetGrid {
  /** up to the last row holding a value; each row up to its last value, gaps undefined */
  readonly rows: CellValue[][];
  /** "row,column" -> the link target of <hyperlink> elements and HYPERLINK("url", ...) formulas */
  readonly links: Map<string, string>;
  /** formula cells saved without a result (openpyxl, pandas): their value reads as undefined */
  readonly uncachedFormulas: UncachedFormula[];
  /** <sheetProtection sheet="1"> (or "true") */
  readonly protected: boolean;
  /**
   * The style a value written there would show with: the cell's own s=, else its row's style
   * (customFormat), else its column's; undefined for the default style.
   */
  styleOf(row: number, column: number): number | undefined;
}

export interface CellWrite {
  readonly row: number;
  readonly column: number;
  /** strings land as inline text, never as a formula; null empties the cell and keeps its style */
  readonly value: string | number | Date | null;
  /** the s= index to give the cell; without it the cell keeps (or gets) the style styleOf gives */
  readonly style?: number;
}

/** A cell of a sheet Tend owns; a link is written as a HYPERLINK formula with its text cached. */
export type OwnCell = string | number | { readonly text: string; readonly link: string } | undefined;

export interface OwnSheetOptions {
  /** widths in characters by column (from 0); applied when the sheet is created */
  readonly columnWidths?: readonly (number | undefined)[];
  /** rows kept in view at the top; applied when the sheet is created */
  readonly frozenRows?: number;
  /** rows (from 0) whose cells are bold */
  readonly boldRows?: readonly number[];
  /** rows (from 0) given this height in points, for wrapped text (Excel re-fits no row on opening) */
  readonly tallRows?: { readonly rows: readonly number[]; readonly height: number };
}

export interface TableInfo {
  readonly name: string;
  readonly partPath: string;
  /** e.g. "A1:G4", header and totals rows included */
  readonly ref: string;
  readonly range: CellRange;
  /** 0 or 1: whether the first row of the range is the header */
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly string[];
}

/** A worksheet part as one pass over it read it (sheet-reader.ts). */
export interface HyperlinkElement {
  readonly ref: string;
  readonly id: string | undefined;
  readonly location: string | undefined;
}

export interface SheetRead {
  readonly index: SheetIndex;
  readonly rows: CellValue[][];
  readonly formulaLinks: Map<string, string>;
  readonly hyperlinks: HyperlinkElement[];
  readonly uncachedFormulas: UncachedFormula[];
  readonly protected: boolean;
}
