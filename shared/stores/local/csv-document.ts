import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
import type { CsvFile, CsvRecord, NewCells } from "../csv-text/csv-file.js";
import { decodeCsvFile } from "../csv-text/decode-csv-file.js";
import { encodeCsvPieces } from "../csv-text/encode-csv-file.js";
import { findHeaderRow } from "../grid/find-table.js";
import type {
  CellWrite,
  GridDocument,
  GridSnapshot,
  GridTab,
  GridValue,
  Recheck,
  TabRequest,
  TabWrite,
} from "../grid/grid-document.js";
import { type FileWrite, writeFilesTogether } from "./atomic-write.js";
import {
  type CsvFormat,
  escapeFormula,
  formatRecord,
  joinRecords,
  mayHoldEscapedFormula,
  unescapeFormula,
} from "./csv-format.js";
import { LocalFile } from "./local-file.js";
import { RowEdit } from "./row-edit.js";

/** How Tend writes a CSV file of its own (the Run log beside the contacts, a new file). */
const RUN_LOG_FORMAT: CsvFormat = {
  delimiter: ",",
  lineEnding: "\n",
  bom: false,
  quoteAll: false,
  finalNewline: true,
};

/**
 * A CSV file as a grid document: one tab, the contacts, and a Run log kept in a sibling file
 * `<name>.runlog.csv`. Rows Tend does not change are written back byte for byte; changed rows
 * keep the file's delimiter, quoting and line endings. Tend's text that a spreadsheet would run
 * as a formula gets a leading apostrophe, taken off again on reading.
 */
export class CsvDocument implements GridDocument {
  readonly description: string;
  readonly ownTabs: ReadonlySet<string> = new Set([TABS.runLog]);
  private file: CsvFile | undefined;
  private readonly local: LocalFile;

  /** `readOnly`: nothing will be written, so no lock is taken and a file open in a spreadsheet program can be read. */
  constructor(
    private readonly path: string,
    readOnly = false,
  ) {
    this.description = basename(path);
    this.local = new LocalFile(path, readOnly);
  }

  async read(_choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    const bytes = await this.local.read();
    this.file = decodeOrExplain(bytes, this.path);
    const { records, source } = this.file;
    const escaped = mayHoldEscapedFormula(source.text);
    const contacts = records.map((record) => (escaped ? gridCells(record.cells) : record.cells));
    const existing = await readFile(runLogPath(this.path)).catch(() => undefined);
    const tabs: GridTab[] = [{ name: TABS.contacts, rows: contacts as CellValue[][] }];
    // The Run log through the same reader as the contacts, whatever program saved it last.
    if (existing !== undefined) {
      const log = decodeOrExplain(
        existing,
        runLogPath(this.path),
        (cells) => cells[0] === RUN_LOG_HEADERS[0],
      );
      tabs.push({ name: TABS.runLog, rows: log.records.map((record) => record.cells.map(unescapeFormula)) });
    }
    return { names: tabs.map((tab) => tab.name), tabs, settingDefaults: {} };
  }

  async recheck(): Promise<Recheck> {
    await this.local.assertUnchanged();
    return { unchanged: true };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    this.local.assertWritable(this.description);
    const file = this.file;
    if (file === undefined) throw new Error("CsvDocument.write called before read");
    const files: FileWrite[] = [];
    for (const write of writes) {
      if (write.cells.length === 0) continue;
      if (write.tab === TABS.runLog)
        files.push({ path: runLogPath(this.path), data: runLogText(write.cells), modeOf: this.path });
      else files.push({ path: this.path, data: contactsBytes(file, write.cells) });
    }
    // The contacts and their Run log change together or not at all.
    if (files.length > 0) await writeFilesTogether(files);
  }

  async close(): Promise<void> {
    await this.local.release();
  }
}

/**
 * The file with Tend's cells written, as bytes or pieces of them: records Tend changes are
 * rewritten in the file's encoding, delimiter, quoting and their own line ending; every other
 * record keeps its bytes.
 */
function contactsBytes(file: CsvFile, cells: readonly CellWrite[]): Uint8Array | Uint8Array[] {
  const { records } = file;
  // A record Tend rewrites gets every column of the table, as a spreadsheet program writes it.
  const width = Math.max(widestRecord(records), widestCell(cells));
  const { replaced, added } = rowEdits(records, cells, width);
  const appended: string[][] = [];
  for (const row of [...added.keys()].sort((a, b) => a - b)) {
    while (records.length + appended.length < row) appended.push([]);
    appended.push(added.get(row)?.cells ?? []);
  }
  // A file Tend starts from nothing is a plain UTF-8 file with LF line ends, ending with one.
  if (records.length === 0 && file.sepLine === undefined)
    return Buffer.from(
      joinRecords(
        appended.map((cells) => formatRecord(cells, RUN_LOG_FORMAT)),
        RUN_LOG_FORMAT,
      ),
    );
  try {
    const changes = new Map<number, NewCells>();
    replaced.forEach((edit, index) => {
      changes.set(index, edit.newCells());
    });
    return encodeCsvPieces(file, changes, appended);
  } catch (error) {
    throw new TendError("invalid-setup", `${(error as Error).message} Nothing was written.`, {
      cause: error,
    });
  }
}

// The loops over every record and cell below are small functions of their own: V8 optimises a
// small function's loop within a few hundred turns, a large one's only after thousands.
function widestRecord(records: readonly CsvRecord[]): number {
  let width = 0;
  for (let at = 0; at < records.length; at++)
    width = Math.max(width, (records[at] as CsvRecord).cells.length);
  return width;
}

function widestCell(cells: readonly CellWrite[]): number {
  let width = 0;
  for (let at = 0; at < cells.length; at++) width = Math.max(width, (cells[at] as CellWrite).column + 1);
  return width;
}

/** Each row's edit: rows of the file in `replaced`, rows after its end in `added`. */
function rowEdits(records: readonly CsvRecord[], cells: readonly CellWrite[], width: number) {
  const replaced = new Map<number, RowEdit>();
  const added = new Map<number, RowEdit>();
  // The cells come a row at a time: the row's edit is looked up once per row, not once per cell.
  for (let from = 0; from < cells.length; ) {
    const row = (cells[from] as CellWrite).row;
    const rows = row < records.length ? replaced : added;
    let edit = rows.get(row);
    if (edit === undefined) {
      edit = new RowEdit(records[row]?.cells ?? [], width);
      rows.set(row, edit);
    }
    from = setRowCells(edit, cells, from);
  }
  return { replaced, added };
}

/**
 * Sets the cells of the row that starts at `from` into its edit; returns where the next row
 * starts. A function called once a row: V8 optimises it after a few rows, where the same loop
 * inside contactsBytes ran unoptimised through most of a first run's 70,000 cells.
 */
function setRowCells(edit: RowEdit, cells: readonly CellWrite[], from: number): number {
  const row = (cells[from] as CellWrite).row;
  let at = from;
  for (; at < cells.length; at++) {
    const cell = cells[at] as CellWrite;
    if (cell.row !== row) break;
    const { value } = cell;
    // Text, nearly every cell Tend writes, without a call through the other kinds.
    edit.set(cell.column, typeof value === "string" ? escapeFormula(value) : csvText(value));
  }
  return at;
}

export function runLogPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}.runlog.csv`);
}

function runLogText(cells: readonly CellWrite[]): string {
  const byRow = groupByRow(cells);
  const lines: string[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const values = padded([], RUN_LOG_HEADERS.length);
    for (const cell of byRow.get(row) ?? []) values[cell.column] = csvText(cell.value);
    // Rows the Run log blanks when it drops old runs are left out of a file: it simply gets shorter.
    if (values.some((value) => value !== "")) lines.push(formatRecord(values, RUN_LOG_FORMAT));
  }
  return joinRecords(lines, RUN_LOG_FORMAT);
}

function csvText(value: GridValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeFormula(value);
  // A CSV file has no checkboxes: a cleared tick is a blank cell.
  if (typeof value === "boolean") return value ? "TRUE" : "";
  return "day" in value ? value.day : escapeFormula(value.link);
}

function groupByRow(cells: readonly CellWrite[]): Map<number, CellWrite[]> {
  const byRow = new Map<number, CellWrite[]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row);
    if (list === undefined) byRow.set(cell.row, [cell]);
    else list.push(cell);
  }
  return byRow;
}

/**
 * A record's cells as the grid reads them: the record's own list, which nothing changes (a copy
 * of every record would double what a large file keeps in memory), unless a cell carries the
 * apostrophe Tend puts before text a spreadsheet would run as a formula.
 */
function gridCells(cells: string[]): string[] {
  for (const cell of cells) if (cell.charCodeAt(0) === APOSTROPHE) return cells.map(unescapeFormula);
  return cells;
}

const APOSTROPHE = 0x27;

function padded(cells: readonly string[], width: number): string[] {
  const out = cells.slice();
  while (out.length < width) out.push("");
  return out;
}

/** `isHeader` tells the header row, which settles the delimiter (the contacts': Name or LinkedIn URL and another column Tend knows). */
function decodeOrExplain(
  bytes: Uint8Array,
  path: string,
  isHeader = (cells: readonly string[]) => findHeaderRow([cells]) === 0,
): CsvFile {
  try {
    return decodeCsvFile(bytes, isHeader);
  } catch (error) {
    throw new TendError("unreadable", `${basename(path)} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
