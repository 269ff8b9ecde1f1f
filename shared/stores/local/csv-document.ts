import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
import type { CsvFile } from "../csv-text/csv-file.js";
import { decodeCsvFile } from "../csv-text/decode-csv-file.js";
import { findHeaderRow } from "../grid/find-table.js";
import type {
  CellWrite,
  GridDocument,
  GridSnapshot,
  GridTab,
  Recheck,
  TabRequest,
  TabWrite,
} from "../grid/grid-document.js";
import { type FileWrite, writeFilesTogether } from "./atomic-write.js";
import { contactsBytes, csvText, RUN_LOG_FORMAT } from "./csv-contacts-bytes.js";
import { formatRecord, joinRecords, mayHoldEscapedFormula, unescapeFormula } from "./csv-format.js";
import { LocalFile } from "./local-file.js";

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
