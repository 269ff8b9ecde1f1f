/**
 * The cells Tend writes into one record, padded to the table's width. While every cell written
 * lies after the record's own (a first run adding Tend's columns), only those are kept: copying
 * and comparing each record's own cells cost more than writing the new ones.
 */
export class RowEdit {
  /** Cells from column `from` on; the record's own cells before it stay as they are. */
  cells: string[];
  private from: number;

  constructor(
    private readonly own: readonly string[],
    width: number,
  ) {
    this.from = own.length;
    this.cells = blanks(Math.max(width - own.length, 0));
  }

  set(column: number, text: string): void {
    if (column < this.from) {
      this.cells = [...this.own.slice(0, this.from), ...this.cells];
      this.from = 0;
    }
    this.cells[column - this.from] = text;
  }

  /** For encodeCsvFile: every cell, or the cells added after the record's own. */
  newCells(): readonly string[] | { added: readonly string[] } {
    return this.from === 0 ? this.cells : { added: this.cells };
  }
}

function blanks(count: number): string[] {
  const out = new Array<string>(count);
  for (let at = 0; at < count; at++) out[at] = "";
  return out;
}
