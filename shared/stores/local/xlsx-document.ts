import { readFile } from "node:fs/promises";
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
import { assertUnchanged, fingerprint } from "./file-fingerprint.js";
import { lockFile } from "./file-lock.js";
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
  private readAtLoad: string | undefined;
  private unlock: (() => Promise<void>) | undefined;

  /** `readOnly`: nothing will be written, so no lock is taken and a file open in a spreadsheet program can be read. */
  constructor(
    private readonly path: string,
    private readonly readOnly = false,
  ) {
    this.description = basename(path);
  }

  async read(choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    if (!this.readOnly) this.unlock ??= await lockFile(this.path);
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
    await assertUnchanged(this.path, this.readAtLoad);
    return { unchanged: true };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    if (this.readOnly) throw new Error(`${this.description} was opened read-only`);
    const workbook = this.loaded();
    for (const write of writes) this.apply(workbook, write);
    await writeFileAtomically(this.path, workbook.toBytes()).catch(unwritable(this.path));
  }

  async recordFailure(append: FailureRow, cells: TabWrite | undefined): Promise<void> {
    const workbook = this.workbook;
    if (workbook === undefined) return;
    // Never over someone's edit: a file changed since loading is left alone.
    await assertUnchanged(this.path, this.readAtLoad);
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
    await this.unlock?.();
    this.unlock = undefined;
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
