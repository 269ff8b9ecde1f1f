import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { headerOf, type OutputColumn } from "../../contacts/columns.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import type { MorningView } from "../../run/morning-view.js";
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
import { readSettingsAndTemplates } from "../two-column-tabs.js";
import { writeWorkbookAtomically } from "./atomic-write.js";
import { unwritable } from "./errors.js";
import { assertUnchanged, fingerprint } from "./file-fingerprint.js";
import { lockFile } from "./file-lock.js";
import { writeTodayWorksheet } from "./today-worksheet.js";
import { TABS, TEND_COLUMN_FILL, TEND_COLUMN_NOTE } from "./workbook-tabs.js";
import { rowValues } from "./xlsx-cells.js";
import { writeImportToSheet } from "./xlsx-import.js";

/** The local workbook: reads the Contacts tab, writes only changed output cells, appends to Run log. */
export class XlsxStore implements ContactStore, ImportTarget {
  readonly description: string;
  private workbook: ExcelJS.Workbook | undefined;
  private table: GridTable | undefined;
  private readAtLoad: string | undefined;
  private unlock: (() => Promise<void>) | undefined;

  constructor(private readonly path: string) {
    this.description = basename(path);
  }

  async load(): Promise<LoadedTable> {
    this.unlock ??= await lockFile(this.path);
    const workbook = new ExcelJS.Workbook();
    const data = await readFile(this.path).catch((error: NodeJS.ErrnoException) => {
      throw new TendError(
        error.code === "ENOENT" ? "not-found" : "no-access",
        error.code === "ENOENT"
          ? `${this.path} does not exist: check the path, or create it with "tend init --source ${this.path}"`
          : `${this.path} cannot be read (${error.code}): check its permissions`,
        { cause: error },
      );
    });
    this.readAtLoad = fingerprint(data);
    try {
      await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new TendError(
        "unreadable",
        `${this.path} is not a readable .xlsx workbook: open it in Excel or LibreOffice and save it as .xlsx`,
        { cause: error },
      );
    }
    this.workbook = workbook;
    const contacts = findSheet(workbook, TABS.contacts) ?? workbook.worksheets[0];
    if (contacts === undefined) {
      throw new TendError(
        "unreadable",
        `${this.path} has no worksheet: add a Contacts tab with a header row`,
      );
    }
    const grid = sheetGrid(contacts, headerIndexOf(contacts, "LinkedIn URL"));
    const table = readGridTable(grid[0] ?? [], grid.slice(1));
    // Saving needs only the header: the rows go to the run and are not kept here.
    this.table = { ...table, rows: [] };
    const settingsGrid = optionalGrid(findSheet(workbook, TABS.settings));
    const templatesGrid = optionalGrid(findSheet(workbook, TABS.templates));
    const settings = readSettingsAndTemplates(settingsGrid, `${TABS.settings} tab`);
    const templates = readSettingsAndTemplates(
      [["Action", "Template"], ...templatesGrid],
      `${TABS.templates} tab`,
    );
    return {
      rows: table.rows,
      settingRows: settings.settingRows,
      templateRows: [...settings.templateRows, ...templates.templateRows.map(shiftRow)],
      settingDefaults: {},
      warnings: this.table.warnings,
    };
  }

  async save(updates: readonly RowUpdate[], log: RunLogEntry, view?: MorningView): Promise<undefined> {
    await assertUnchanged(this.path, this.readAtLoad);
    const { workbook, table } = this.loaded();
    const contacts = findSheet(workbook, TABS.contacts) ?? (workbook.worksheets[0] as ExcelJS.Worksheet);
    const { positions, added } = outputColumnPositions(table);
    if (updates.length > 0) addOutputHeaders(contacts, positions, added);
    for (const update of updates) {
      const row = contacts.getRow(Number(update.ref) + 2);
      for (const [column, text] of Object.entries(update.cells) as [OutputColumn, string][]) {
        // Plain strings are stored as text by exceljs: "=HYPERLINK(...)" stays text, never a formula.
        row.getCell(positions[column] + 1).value = text === "" ? null : text;
      }
    }
    appendRunLog(workbook, log);
    writeTodayWorksheet(workbook, view);
    // Streamed to a temporary file, then renamed: a whole-workbook buffer would double the peak memory.
    await writeWorkbookAtomically(workbook, this.path).catch(unwritable(this.path));
  }

  /** A run that failed after loading: the Run log says so and the Today tab's heartbeat shows it. */
  async recordFailure(log: RunLogEntry): Promise<void> {
    if (this.workbook === undefined) return;
    // Never over someone's edit: a file changed since loading is left alone.
    await assertUnchanged(this.path, this.readAtLoad);
    appendRunLog(this.workbook, log);
    writeTodayWorksheet(this.workbook, undefined);
    await writeWorkbookAtomically(this.workbook, this.path);
  }

  /** `tend import`: input cells and new rows (see xlsx-import.ts), written the same way as `save`. */
  async saveImport(writes: ImportWrites): Promise<ImportSaveResult> {
    await assertUnchanged(this.path, this.readAtLoad);
    const { workbook, table } = this.loaded();
    const contacts = findSheet(workbook, TABS.contacts) ?? (workbook.worksheets[0] as ExcelJS.Worksheet);
    const result = writeImportToSheet(contacts, table, writes);
    await writeWorkbookAtomically(workbook, this.path).catch(unwritable(this.path));
    return result;
  }

  async close(): Promise<void> {
    await this.unlock?.();
    this.unlock = undefined;
  }

  private loaded() {
    if (this.workbook === undefined || this.table === undefined)
      throw new Error("XlsxStore.save called before load");
    return { workbook: this.workbook, table: this.table };
  }
}

function shiftRow<T extends { where: string }>(row: T): T {
  // The Templates grid got a synthetic header row on top; row numbers stay as the user sees them.
  return { ...row, where: row.where.replace(/row (\d+)$/, (_, n) => `row ${Number(n) - 1}`) };
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
}

function sheetGrid(sheet: ExcelJS.Worksheet, linkColumn?: number): CellValue[][] {
  const values = sheet.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
  const width = Math.max(sheet.columnCount, (values[1]?.length ?? 1) - 1);
  const grid: CellValue[][] = [];
  for (let row = 1; row < values.length; row++) grid.push(rowValues(values[row], width, linkColumn));
  return grid;
}

function optionalGrid(sheet: ExcelJS.Worksheet | undefined): CellValue[][] {
  return sheet === undefined ? [] : sheetGrid(sheet);
}

function headerIndexOf(sheet: ExcelJS.Worksheet, header: string): number | undefined {
  const values = sheet.getRow(1).values as ExcelJS.CellValue[];
  const index = values.findIndex(
    (value) => typeof value === "string" && value.trim().toLowerCase() === header.toLowerCase(),
  );
  return index > 0 ? index - 1 : undefined;
}

function addOutputHeaders(
  sheet: ExcelJS.Worksheet,
  positions: Record<OutputColumn, number>,
  added: OutputColumn[],
) {
  const header = sheet.getRow(1);
  for (const column of added) {
    const cell = header.getCell(positions[column] + 1);
    cell.value = headerOf(column);
    markAsTends(cell);
  }
}

export function markAsTends(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TEND_COLUMN_FILL } };
  cell.note = TEND_COLUMN_NOTE;
}

function appendRunLog(workbook: ExcelJS.Workbook, entry: RunLogEntry): void {
  let sheet = findSheet(workbook, TABS.runLog);
  if (sheet === undefined) {
    sheet = workbook.addWorksheet(TABS.runLog);
    sheet.addRow([...RUN_LOG_HEADERS]).font = { bold: true };
  }
  sheet.addRow(runLogCells(entry));
  const excess = sheet.actualRowCount - 1 - RUN_LOG_KEEP_ROWS;
  if (excess > 0) sheet.spliceRows(2, excess);
}
