import { BLANK_OUTPUT, type InputColumn } from "../../shared/contacts/columns.js";
import type { CellValue } from "../../shared/contacts/parse-date.js";
import type { ContactStore, LoadedTable, RowUpdate, StoredRow } from "../../shared/run/ports.js";

/**
 * The store port held in memory, writing what every store must (output cells and the input
 * cells of RULES.md §0), so the daily run can be followed over several mornings. The user's
 * own edits between runs go through `edit`.
 */
export class MemoryStore implements ContactStore {
  readonly description = "memory";
  readonly saved: RowUpdate[][] = [];
  private readonly rows: StoredRow[];

  constructor(rows: readonly Partial<Record<InputColumn, CellValue>>[]) {
    this.rows = rows.map((cells, index) => ({
      ref: index,
      raw: { rowNumber: index + 2, cells: { ...cells } },
      output: { ...BLANK_OUTPUT },
    }));
  }

  async load(): Promise<LoadedTable> {
    return {
      rows: this.rows.map((row) => ({
        ...row,
        raw: { ...row.raw, cells: { ...row.raw.cells } },
        output: { ...row.output },
      })),
      settingRows: [],
      templateRows: [],
      settingDefaults: {},
      warnings: [],
    };
  }

  async save(updates: readonly RowUpdate[]): Promise<undefined> {
    this.saved.push([...updates]);
    for (const update of updates) {
      const row = this.rows[Number(update.ref)];
      if (row === undefined) throw new Error(`no row ${update.ref}`);
      Object.assign(row.output, update.cells);
      Object.assign(row.raw.cells, update.inputs ?? {});
    }
    return undefined;
  }

  async close(): Promise<void> {}

  /** The user types into a row (row numbers as the user sees them, from 2). */
  edit(rowNumber: number, cells: Partial<Record<InputColumn, CellValue>>): void {
    const row = this.rows[rowNumber - 2];
    if (row === undefined) throw new Error(`no row ${rowNumber}`);
    Object.assign(row.raw.cells, cells);
  }

  /** A row as the user sees it: its input cells and output cells. */
  row(rowNumber: number): { cells: Partial<Record<InputColumn, CellValue>>; output: StoredRow["output"] } {
    const row = this.rows[rowNumber - 2];
    if (row === undefined) throw new Error(`no row ${rowNumber}`);
    return { cells: row.raw.cells, output: row.output };
  }
}
