import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
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
import { writeFileAtomically } from "./atomic-write.js";
import {
  type CsvFormat,
  type CsvRecord,
  detectFormat,
  escapeFormula,
  formatRecord,
  joinRecords,
  parseCsv,
  unescapeFormula,
} from "./csv-format.js";
import { unwritable } from "./errors.js";
import { assertUnchanged, fingerprint } from "./file-fingerprint.js";
import { lockFile } from "./file-lock.js";

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
  private format: CsvFormat | undefined;
  private records: CsvRecord[] = [];
  private readAtLoad: string | undefined;
  private unlock: (() => Promise<void>) | undefined;

  constructor(private readonly path: string) {
    this.description = basename(path);
  }

  async read(_choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    this.unlock ??= await lockFile(this.path);
    const bytes = await readBytes(this.path);
    this.readAtLoad = fingerprint(bytes);
    const text = bytes.toString("utf8");
    this.format = detectFormat(text);
    this.records = parseCsv(text, this.format);
    const contacts = this.records.map((record) => record.cells.map(unescapeFormula));
    const existing = await readFile(runLogPath(this.path), "utf8").catch(() => undefined);
    const tabs: GridTab[] = [{ name: TABS.contacts, rows: contacts as CellValue[][] }];
    if (existing !== undefined) {
      const log = existing === "" ? [] : parseCsv(existing, detectFormat(existing));
      tabs.push({ name: TABS.runLog, rows: log.map((record) => record.cells.map(unescapeFormula)) });
    }
    return { names: tabs.map((tab) => tab.name), tabs, settingDefaults: {} };
  }

  async recheck(): Promise<Recheck> {
    await assertUnchanged(this.path, this.readAtLoad);
    return { unchanged: true };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    const format = this.format;
    if (format === undefined) throw new Error("CsvDocument.write called before read");
    for (const write of writes) {
      if (write.cells.length === 0) continue;
      if (write.tab === TABS.runLog) await writeOrExplain(runLogPath(this.path), runLogText(write.cells));
      else await writeOrExplain(this.path, this.contactsText(write.cells, format));
    }
  }

  async close(): Promise<void> {
    await this.unlock?.();
    this.unlock = undefined;
  }

  private contactsText(cells: readonly CellWrite[], format: CsvFormat): string {
    const byRow = groupByRow(cells);
    const headerWidth = this.records[0]?.cells.length ?? 0;
    const width = Math.max(headerWidth, ...cells.map((cell) => cell.column + 1));
    const widened = (byRow.get(0) ?? []).some((cell) => cell.column >= headerWidth);
    const rows = Math.max(this.records.length, ...[...byRow.keys()].map((row) => row + 1));
    const lines: string[] = [];
    for (let index = 0; index < rows; index++) {
      const record = this.records[index];
      const changes = byRow.get(index);
      if (changes !== undefined) {
        const out = padded(record?.cells ?? [], width);
        for (const cell of changes) out[cell.column] = csvText(cell.value);
        lines.push(formatRecord(out, format));
      } else if (record === undefined) lines.push(formatRecord(padded([], width), format));
      else
        lines.push(
          widened
            ? record.raw + format.delimiter.repeat(Math.max(0, width - record.cells.length))
            : record.raw,
        );
    }
    // A file Tend starts from nothing ends with a newline, as text files should.
    return joinRecords(lines, this.records.length === 0 ? { ...format, finalNewline: true } : format);
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

function padded(cells: readonly string[], width: number): string[] {
  const out = [...cells];
  while (out.length < width) out.push("");
  return out;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TendError(
      code === "ENOENT" ? "not-found" : "no-access",
      code === "ENOENT"
        ? `${path} does not exist: check the path`
        : `${path} cannot be read (${code}): check its permissions`,
    );
  }
}

async function writeOrExplain(path: string, text: string): Promise<void> {
  await writeFileAtomically(path, text).catch(unwritable(path));
}
