/** Where each row and cell of a worksheet part sits in its text, for splicing edits in. */
export interface RowEntry {
  readonly number: number;
  readonly start: number;
  /** just after the open tag's ">" */
  readonly openEnd: number;
  end: number;
  readonly selfClosing: boolean;
  readonly firstCell: number;
  cellCount: number;
  /** the row's s= when customFormat is set */
  readonly style: number | undefined;
}

export const FormulaKind = {
  None: 0,
  Plain: 1,
  SharedMaster: 2,
  SharedChild: 3,
  /** array formulas and data tables: a range computed as one */
  Range: 4,
} as const;

/** Cells in file order, as parallel typed arrays: a 30,000-row sheet has close to a million. */
export class CellTable {
  length = 0;
  row = new Int32Array(1024);
  column = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** s= or -1 */
  style = new Int32Array(1024);
  formula = new Uint8Array(1024);
  /** si= of a shared formula, or -1 */
  shared = new Int32Array(1024);

  add(row: number, column: number, start: number, style: number): number {
    if (this.length === this.row.length) this.grow();
    const at = this.length++;
    this.row[at] = row;
    this.column[at] = column;
    this.start[at] = start;
    this.style[at] = style;
    this.formula[at] = FormulaKind.None;
    this.shared[at] = -1;
    return at;
  }

  private grow(): void {
    const size = this.row.length * 2;
    const wider = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.row = wider(this.row, new Int32Array(size));
    this.column = wider(this.column, new Int32Array(size));
    this.start = wider(this.start, new Int32Array(size));
    this.end = wider(this.end, new Int32Array(size));
    this.style = wider(this.style, new Int32Array(size));
    this.formula = wider(this.formula, new Uint8Array(size));
    this.shared = wider(this.shared, new Int32Array(size));
  }
}

export interface SharedMaster {
  readonly cell: number;
  readonly ref: string;
  readonly formula: string;
}

export interface SheetIndex {
  readonly xml: string;
  /** the main namespace's prefix as the part writes it: "" or e.g. "x:" */
  readonly prefix: string;
  readonly rows: RowEntry[];
  readonly rowAt: Map<number, number>;
  readonly cells: CellTable;
  readonly sheetData: { start: number; openEnd: number; end: number; selfClosing: boolean } | undefined;
  readonly dimension: { start: number; end: number; ref: string } | undefined;
  readonly columnStyles: { min: number; max: number; style: number }[];
  readonly sharedMasters: Map<number, SharedMaster>;
  /** refs of array formulas that span several cells: no part of one may be overwritten */
  readonly arrayRanges: string[];
}

/** The cell at (row, column), or -1. */
export function findCell(index: SheetIndex, row: number, column: number): number {
  const entry = index.rows[index.rowAt.get(row) ?? -1];
  if (entry === undefined) return -1;
  const { cells } = index;
  for (let at = entry.firstCell; at < entry.firstCell + entry.cellCount; at++) {
    if (cells.column[at] === column) return at;
  }
  return -1;
}

export function styleAt(index: SheetIndex, row: number, column: number): number | undefined {
  const cell = findCell(index, row, column);
  if (cell >= 0) {
    // An existing cell without s= shows the default style, whatever its row or column says.
    const own = index.cells.style[cell] ?? -1;
    return own >= 0 ? own : undefined;
  }
  const rowStyle = index.rows[index.rowAt.get(row) ?? -1]?.style;
  if (rowStyle !== undefined) return rowStyle;
  return index.columnStyles.find((range) => column >= range.min && column <= range.max)?.style;
}
