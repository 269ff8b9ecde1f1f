import type { CellValue } from "../../contacts/parse-date.js";
import type { SettingName } from "../../rules/settings.js";

/*
 * The grid layer: a workbook, a CSV file and a Google Sheet are each "a document of tabs of
 * cells". A document reads tabs, re-checks what it holds right before a write, and applies the
 * cell writes it is handed. It knows nothing of contacts, settings or the Run log: the meaning
 * of the cells lives above it, in GridStore.
 */

/** A value Tend writes: text (never run as a formula), a number, a checkbox, a day, a link, or null to clear the cell. */
export type GridValue = string | number | boolean | null | { day: string } | { link: string };

export interface GridTab {
  name: string;
  /** 0-based rows of 0-based cells, as read (ragged rows are fine). */
  rows: CellValue[][];
  /** Hyperlink targets of cells that have one, by `row,column` (0-based). */
  links?: ReadonlyMap<string, string>;
  /** Formula cells saved without their result (`row,column`, 0-based): their value is unknown, not blank. */
  uncomputed?: ReadonlySet<string>;
}

/** A tab to read: whole, or (when the document can) only its first column. */
export interface TabRequest {
  name: string;
  firstColumnOnly?: boolean;
}

export interface GridSnapshot {
  /** Every tab name, in document order. */
  names: string[];
  /** The tabs asked for that exist. */
  tabs: GridTab[];
  /** Defaults the document knows better than Tend, such as a Google Sheet's own time zone. */
  settingDefaults: Partial<Record<SettingName, string>>;
}

/** How a cell Tend writes looks, where the document can show it. */
export type CellLook = "tend-header" | "header";

export interface CellWrite {
  row: number;
  column: number;
  value: GridValue;
  look?: CellLook;
}

/** How a tab Tend creates looks: widths in characters, frozen rows, grid size, first among the tabs. */
export interface TabLayout {
  columnWidths?: readonly (readonly [column: number, width: number])[];
  frozenRows?: number;
  /** Rows shown bold, with an optional font size. Applied on every write. */
  boldRows?: readonly (readonly [row: number, size?: number])[];
  /** Rows shown three lines tall, for wrapped long text. Applied on every write. */
  tallRows?: readonly number[];
  first?: boolean;
  gridRows?: number;
  gridColumns?: number;
}

export interface TabWrite {
  tab: string;
  cells: CellWrite[];
  /** Used when the tab does not exist yet. */
  layout?: TabLayout;
}

/** What `recheck` says: "nothing moved" (a file Tend holds locked and unchanged), or the columns asked for as they are now. */
export type Recheck =
  | { unchanged: true }
  | {
      unchanged: false;
      /** The whole tab now, or the header row and the columns asked for (other cells undefined), by row index. */
      rows: CellValue[][];
      /** Tabs asked for whole, as they are now. */
      tabs: GridTab[];
    };

export interface RecheckRequest {
  tab: string;
  /** Index of the header row in the tab (rows above it are a title or notes). */
  headerRow: number;
  /** Columns needed (the header row is always included), or "all". */
  columns: readonly number[] | "all";
  tabs: readonly string[];
}

/** One row to append to a tab, with the header to give the tab if it has to be created. */
export interface FailureRow {
  tab: string;
  header: readonly string[];
  row: readonly (string | number)[];
}

export interface GridDocument {
  /** Safe to print: never holds a token. */
  readonly description: string;
  /** The tabs Tend may keep here besides the contacts (a CSV file has only a Run log beside it). */
  readonly ownTabs: ReadonlySet<string>;
  read(choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot>;
  /** Right before writing: throws a "changed" error when the document changed in a way that makes writing unsafe. */
  recheck(request: RecheckRequest): Promise<Recheck>;
  /** All writes of one save, all or nothing where the document allows. */
  write(writes: readonly TabWrite[]): Promise<void>;
  /** A failed run, best effort: one row appended to a tab, and a few cells of another. */
  recordFailure?(append: FailureRow, cells: TabWrite | undefined): Promise<void>;
  close(): Promise<void>;
}
