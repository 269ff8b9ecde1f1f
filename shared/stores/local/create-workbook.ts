import { access } from "node:fs/promises";
import ExcelJS from "exceljs";
import { headerOf, TABLE_COLUMN_ORDER } from "../../contacts/columns.js";
import { TendError } from "../../errors/tend-error.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { writeFileAtomically } from "./atomic-write.js";
import { addContactsSheet, contactsHeader } from "./new-contacts-sheet.js";
import { addRunLogSheet, addSettingsSheet, addTemplatesSheet, addTodaySheet } from "./new-side-sheets.js";

export interface NewWorkbook {
  rows?: (string | Date)[][];
  header?: string[];
  settings?: [string, string][];
  /** A remark after a setting's description, e.g. why the sample sets it. */
  settingNotes?: [string, string][];
}

/**
 * `tend init`: a workbook with Today first, then Contacts (headers, dropdowns, colours, Tend's
 * columns shaded), Settings, Templates and Run log, each with a frozen top.
 */
export async function createWorkbook(path: string, content: NewWorkbook = {}): Promise<void> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists)
    throw new TendError(
      "invalid-setup",
      `${path} already exists; Tend will not overwrite it. Run "tend run --source ${path}" instead`,
    );
  const workbook = new ExcelJS.Workbook();
  addTodaySheet(workbook, TODAY_TAB);
  addContactsSheet(
    workbook,
    contactsHeader(content.header ?? TABLE_COLUMN_ORDER.map(headerOf)),
    content.rows ?? [],
  );
  addSettingsSheet(workbook, new Map(content.settings ?? []), new Map(content.settingNotes ?? []));
  addTemplatesSheet(workbook);
  addRunLogSheet(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomically(path, new Uint8Array(buffer as ArrayBuffer));
}
