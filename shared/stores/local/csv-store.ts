import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { headerOf, OUTPUT_COLUMN_KEYS, type OutputColumn } from "../../contacts/columns.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { RUN_LOG_HEADERS, RUN_LOG_KEEP_ROWS, type RunLogEntry, runLogCells } from "../../run/run-log.js";
import type {
  ContactStore,
  ImportSaveResult,
  ImportTarget,
  ImportWrites,
  LoadedTable,
  RowUpdate,
} from "../contact-store.js";
import { type GridTable, outputColumnPositions, readGridTable } from "../grid-table.js";
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
import { csvAfterImport } from "./csv-import.js";
import { unwritable } from "./errors.js";
import { assertUnchanged, fingerprint } from "./file-fingerprint.js";
import { lockFile } from "./file-lock.js";

/**
 * A contacts table in a CSV file. Rows Tend does not change are written back byte for byte;
 * changed rows keep the file's delimiter, quoting and line endings; new output columns go at
 * the right end. Settings come from a separate file (`--settings`); the Run log goes to a
 * sibling file `<name>.runlog.csv`.
 */
export class CsvStore implements ContactStore, ImportTarget {
  readonly description: string;
  private format: CsvFormat | undefined;
  private records: CsvRecord[] = [];
  private table: GridTable | undefined;
  private readAtLoad: string | undefined;
  private unlock: (() => Promise<void>) | undefined;

  constructor(private readonly path: string) {
    this.description = basename(path);
  }

  async load(): Promise<LoadedTable> {
    this.unlock ??= await lockFile(this.path);
    const bytes = await readBytes(this.path);
    this.readAtLoad = fingerprint(bytes);
    const text = bytes.toString("utf8");
    this.format = detectFormat(text);
    this.records = parseCsv(text, this.format);
    const [header, ...data] = this.records;
    this.table = readGridTable(
      header?.cells ?? [],
      data.map((record) => record.cells),
    );
    for (const row of this.table.rows) {
      for (const column of OUTPUT_COLUMN_KEYS) row.output[column] = unescapeFormula(row.output[column]);
      // Input cells written by `tend import` are escaped the same way: read back what was imported.
      const cells = row.raw.cells as Record<string, CellValue>;
      for (const column in cells) {
        const value = cells[column];
        if (typeof value === "string" && value.startsWith("'")) cells[column] = unescapeFormula(value);
      }
    }
    return {
      rows: this.table.rows,
      settingRows: [],
      templateRows: [],
      settingDefaults: {},
      warnings: this.table.warnings,
    };
  }

  async save(updates: readonly RowUpdate[], log: RunLogEntry): Promise<undefined> {
    await assertUnchanged(this.path, this.readAtLoad);
    const { format, table } = this.loaded();
    if (updates.length > 0) {
      const { positions, added } = outputColumnPositions(table);
      const width = Math.max(table.header.length, ...Object.values(positions).map((at) => at + 1));
      const changed = new Map(updates.map((update) => [Number(update.ref), update]));
      const lines = this.records.map((record, index) => {
        if (index === 0)
          return added.length === 0
            ? record.raw
            : formatRecord(withHeaders(record.cells, positions, added, width), format);
        const update = changed.get(index - 1);
        if (update !== undefined)
          return formatRecord(withOutput(record.cells, positions, update, width), format);
        // Untouched rows keep their bytes; when columns were added they get empty cells for them.
        return added.length === 0
          ? record.raw
          : record.raw + format.delimiter.repeat(Math.max(0, width - record.cells.length));
      });
      await writeOrExplain(this.path, joinRecords(lines, format));
    }
    await appendRunLog(this.path, log);
  }

  /** `tend import`: input cells and new rows (see csv-import.ts); no Run log row. */
  async saveImport(writes: ImportWrites): Promise<ImportSaveResult> {
    await assertUnchanged(this.path, this.readAtLoad);
    const { format, table } = this.loaded();
    const { text, result } = csvAfterImport(this.records, format, table, writes);
    await writeOrExplain(this.path, text);
    return result;
  }

  async close(): Promise<void> {
    await this.unlock?.();
    this.unlock = undefined;
  }

  private loaded() {
    if (this.format === undefined || this.table === undefined)
      throw new Error("CsvStore.save called before load");
    return { format: this.format, table: this.table };
  }
}

function withHeaders(
  cells: readonly string[],
  positions: Record<OutputColumn, number>,
  added: OutputColumn[],
  width: number,
) {
  const out = padded(cells, width);
  for (const column of added) out[positions[column]] = headerOf(column);
  return out;
}

function withOutput(
  cells: readonly string[],
  positions: Record<OutputColumn, number>,
  update: RowUpdate,
  width: number,
) {
  const out = padded(cells, width);
  for (const [column, text] of Object.entries(update.cells) as [OutputColumn, string][]) {
    out[positions[column]] = escapeFormula(text);
  }
  return out;
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
      { cause: error },
    );
  }
}

async function writeOrExplain(path: string, text: string): Promise<void> {
  await writeFileAtomically(path, text).catch(unwritable(path));
}

export function runLogPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}.runlog.csv`);
}

async function appendRunLog(path: string, entry: RunLogEntry): Promise<void> {
  const logPath = runLogPath(path);
  const format: CsvFormat = {
    delimiter: ",",
    lineEnding: "\n",
    bom: false,
    quoteAll: false,
    finalNewline: true,
  };
  const existing = await readFile(logPath, "utf8").catch(() => "");
  const records = existing === "" ? [] : parseCsv(existing, detectFormat(existing));
  const lines =
    records.length === 0 ? [formatRecord([...RUN_LOG_HEADERS], format)] : records.map((record) => record.raw);
  lines.push(
    formatRecord(
      runLogCells(entry).map((cell) => escapeFormula(String(cell))),
      format,
    ),
  );
  const kept =
    lines.length - 1 > RUN_LOG_KEEP_ROWS ? [lines[0] as string, ...lines.slice(-RUN_LOG_KEEP_ROWS)] : lines;
  await writeOrExplain(logPath, joinRecords(kept, format));
}
