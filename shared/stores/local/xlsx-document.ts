import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { TABS } from "../../layout/tab-names.js";
import type {
  FailureRow,
  GridDocument,
  GridSnapshot,
  GridTab,
  Recheck,
  TabRequest,
  TabWrite,
} from "../grid/grid-document.js";
import { writeWorkbookAtomically } from "./atomic-write.js";
import { unwritable } from "./errors.js";
import { assertUnchanged, fingerprint } from "./file-fingerprint.js";
import { lockFile } from "./file-lock.js";
import { plainCellValue } from "./xlsx-cells.js";
import { findSheet } from "./xlsx-looks.js";
import { applyTabWrite } from "./xlsx-writes.js";

/** The local workbook as a grid document, read and written with exceljs. */
export class XlsxDocument implements GridDocument {
  readonly description: string;
  readonly ownTabs: ReadonlySet<string> = new Set([TABS.runLog, TODAY_TAB]);
  private workbook: ExcelJS.Workbook | undefined;
  private readAtLoad: string | undefined;
  private unlock: (() => Promise<void>) | undefined;

  constructor(private readonly path: string) {
    this.description = basename(path);
  }

  async read(choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    this.unlock ??= await lockFile(this.path);
    const data = await readFile(this.path).catch((error: NodeJS.ErrnoException) => {
      throw new TendError(
        error.code === "ENOENT" ? "not-found" : "no-access",
        error.code === "ENOENT"
          ? `${this.path} does not exist: check the path, or create it with "tend init --source ${this.path}"`
          : `${this.path} cannot be read (${error.code}): check its permissions`,
      );
    });
    this.readAtLoad = fingerprint(data);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch {
      throw new TendError(
        "unreadable",
        `${this.path} is not a readable .xlsx workbook: open it in Excel or LibreOffice and save it as .xlsx`,
      );
    }
    this.workbook = workbook;
    const names = workbook.worksheets.map((sheet) => sheet.name);
    if (names.length === 0) {
      throw new TendError(
        "unreadable",
        `${this.path} has no worksheet: add a Contacts tab with a header row`,
      );
    }
    const tabs = choose(names).flatMap(({ name }) => {
      const sheet = workbook.worksheets.find((candidate) => candidate.name === name);
      return sheet === undefined ? [] : [sheetTab(sheet)];
    });
    return { names, tabs, settingDefaults: {} };
  }

  async recheck(): Promise<Recheck> {
    await assertUnchanged(this.path, this.readAtLoad);
    return { unchanged: true };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    const workbook = this.loaded();
    for (const write of writes) applyTabWrite(workbook, write);
    // Streamed to a temporary file, then renamed: a whole-workbook buffer would double the peak memory.
    await writeWorkbookAtomically(workbook, this.path).catch(unwritable(this.path));
  }

  async recordFailure(append: FailureRow, cells: TabWrite | undefined): Promise<void> {
    const workbook = this.workbook;
    if (workbook === undefined) return;
    // Never over someone's edit: a file changed since loading is left alone.
    await assertUnchanged(this.path, this.readAtLoad);
    let sheet = findSheet(workbook, append.tab);
    if (sheet === undefined) {
      sheet = workbook.addWorksheet(append.tab);
      sheet.addRow([...append.header]).font = { bold: true };
    }
    sheet.addRow([...append.row]);
    if (cells !== undefined) applyTabWrite(workbook, cells);
    await writeWorkbookAtomically(workbook, this.path);
  }

  async close(): Promise<void> {
    await this.unlock?.();
    this.unlock = undefined;
  }

  private loaded(): ExcelJS.Workbook {
    if (this.workbook === undefined) throw new Error("XlsxDocument.write called before read");
    return this.workbook;
  }
}

/** A worksheet's values as a 0-based grid, with the targets of its hyperlinks. */
function sheetTab(sheet: ExcelJS.Worksheet): GridTab {
  const values = sheet.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
  const width = Math.max(sheet.columnCount, (values[1]?.length ?? 1) - 1);
  const rows: CellValue[][] = [];
  const links = new Map<string, string>();
  for (let row = 1; row < values.length; row++) {
    const line = values[row];
    const cells: CellValue[] = new Array(width);
    if (line !== undefined) {
      for (let column = 0; column < Math.max(width, line.length - 1); column++) {
        const value = line[column + 1];
        cells[column] = plainCellValue(value);
        if (value !== null && typeof value === "object" && "hyperlink" in value)
          links.set(`${row - 1},${column}`, value.hyperlink);
      }
    }
    rows.push(cells);
  }
  return { name: sheet.name, rows, links };
}
