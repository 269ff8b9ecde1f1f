import { basename } from "node:path";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { TABS } from "../../layout/tab-names.js";
import type {
  FailureRow,
  GridDocument,
  GridSnapshot,
  Recheck,
  TabRequest,
  TabWrite,
} from "../grid/grid-document.js";
import { openWorkbookPackage, type WorkbookPackage } from "../xlsx-package/workbook-package.js";
import { writeFileAtomically } from "./atomic-write.js";
import { unwritable } from "./errors.js";
import { LocalFile } from "./local-file.js";
import { contactCellWrites, ownSheetRows } from "./xlsx-package-writes.js";

/**
 * The local workbook as a grid document, edited as the zip of parts it is: Tend changes only
 * its own cells (in the contacts tab) and its own tabs (Run log, Today); every other part of the
 * file (charts, names, notes, tables, validations, properties) is copied as it was.
 */
export class XlsxDocument implements GridDocument {
  readonly description: string;
  readonly ownTabs: ReadonlySet<string> = new Set([TABS.runLog, TODAY_TAB]);
  private workbook: WorkbookPackage | undefined;
  private readonly local: LocalFile;

  /** `readOnly`: nothing will be written, so no lock is taken and a file open in a spreadsheet program can be read. */
  constructor(
    private readonly path: string,
    readOnly = false,
  ) {
    this.description = basename(path);
    this.local = new LocalFile(path, readOnly, `, or create it with "tend init --source ${path}"`);
  }

  async read(choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    const data = await this.local.read();
    const workbook = openOrExplain(data, this.path);
    this.workbook = workbook;
    const names = workbook.sheets.map((sheet) => sheet.name);
    if (names.length === 0) {
      throw new TendError(
        "unreadable",
        `${this.path} has no worksheet: add a Contacts tab with a header row`,
      );
    }
    const tabs = choose(names).map(({ name }) => {
      const grid = workbook.readSheet(name);
      const uncomputed = new Set(grid.uncachedFormulas.map((cell) => `${cell.row},${cell.column}`));
      return { name, rows: grid.rows as CellValue[][], links: grid.links, uncomputed };
    });
    return { names, tabs, settingDefaults: {} };
  }

  async recheck(): Promise<Recheck> {
    await this.local.assertUnchanged();
    return { unchanged: true };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    this.local.assertWritable(this.description);
    const workbook = this.loaded();
    for (const write of writes) this.apply(workbook, write);
    await writeFileAtomically(this.path, workbook.toBytes()).catch(unwritable(this.path));
  }

  async recordFailure(append: FailureRow, cells: TabWrite | undefined): Promise<void> {
    const workbook = this.workbook;
    if (workbook === undefined) return;
    // Never over someone's edit: a file changed since loading is left alone.
    await this.local.assertUnchanged();
    const exists = workbook.sheets.some(
      (sheet) => sheet.name.trim().toLowerCase() === append.tab.toLowerCase(),
    );
    const rows = exists ? workbook.readSheet(append.tab).rows.length : 0;
    const logCells = [...(exists ? [] : [append.header]), append.row].flatMap((line, y) =>
      line.map((value, x) => ({ row: rows + y, column: x, value })),
    );
    this.apply(workbook, { tab: append.tab, cells: logCells, layout: { frozenRows: 1, boldRows: [[0]] } });
    if (cells !== undefined) this.apply(workbook, cells);
    await writeFileAtomically(this.path, workbook.toBytes());
  }

  async close(): Promise<void> {
    await this.local.release();
  }

  private apply(workbook: WorkbookPackage, write: TabWrite): void {
    if (
      this.ownTabs.has(write.tab) ||
      [...this.ownTabs].some((tab) => tab.toLowerCase() === write.tab.toLowerCase())
    ) {
      const { rows, options } = ownSheetRows(workbook, write);
      workbook.writeOwnSheet(write.tab, rows, options);
    } else workbook.setCells(write.tab, contactCellWrites(workbook, write));
  }

  private loaded(): WorkbookPackage {
    if (this.workbook === undefined) throw new Error("XlsxDocument.write called before read");
    return this.workbook;
  }
}

function openOrExplain(data: Uint8Array, path: string): WorkbookPackage {
  try {
    return openWorkbookPackage(data);
  } catch (error) {
    throw new TendError(
      "unreadable",
      `${path} is not a readable .xlsx workbook (${(error as Error).message}): open it in Excel or LibreOffice and save it as .xlsx`,
      { cause: error },
    );
  }
}
