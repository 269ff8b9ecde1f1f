import { access } from "node:fs/promises";
import ExcelJS from "exceljs";
import { DATE_COLUMN_SET, headerOf, TABLE_COLUMN_ORDER } from "../../contacts/columns.js";
import { DROPDOWNS } from "../../contacts/dropdowns.js";
import { TendError } from "../../errors/tend-error.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
import { SETTINGS } from "../../rules/settings.js";
import { writeFileAtomically } from "./atomic-write.js";

import { markAsTends } from "./xlsx-looks.js";

/** Dropdowns cover this many rows; exceljs keeps validations per cell, so not the whole column. */
const VALIDATED_ROWS = 2000;
const OUTPUT_KEYS = new Set<string>(["suggestedAction", "why", "priority", "due", "draftMessage"]);

/** exceljs has range data validations but does not declare them. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export interface NewWorkbook {
  rows?: (string | Date)[][];
  header?: string[];
  settings?: [string, string][];
}

/** `tend init`: a workbook with the four tabs, headers, dropdowns, a frozen header and Tend's columns marked. */
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
  addContactsSheet(workbook, content);
  const settings = workbook.addWorksheet(TABS.settings, { views: [{ state: "frozen", ySplit: 1 }] });
  settings.columns = [
    { header: "Setting", width: 28 },
    { header: "Value", width: 40 },
    { header: "Default", width: 14 },
  ];
  const given = new Map(content.settings ?? []);
  for (const [name, spec] of Object.entries(SETTINGS))
    settings.addRow([name, given.get(name) ?? "", spec.default]);
  settings.getRow(1).font = { bold: true };
  const templates = workbook.addWorksheet(TABS.templates, { views: [{ state: "frozen", ySplit: 1 }] });
  templates.columns = [
    { header: "Action", width: 30 },
    { header: "Template", width: 100 },
  ];
  templates.getRow(1).font = { bold: true };
  const runLog = workbook.addWorksheet(TABS.runLog, { views: [{ state: "frozen", ySplit: 1 }] });
  runLog.addRow([...RUN_LOG_HEADERS]).font = { bold: true };
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomically(path, new Uint8Array(buffer as ArrayBuffer));
}

/** Done in a workbook: a dropdown with the tick Tend reads (a date typed there works too). */
const DONE_VALUES = ["Yes"];

function addContactsSheet(workbook: ExcelJS.Workbook, content: NewWorkbook): void {
  const sheet = workbook.addWorksheet(TABS.contacts, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = content.header ?? TABLE_COLUMN_ORDER.map(headerOf);
  sheet.addRow(header).font = { bold: true };
  for (const row of content.rows ?? []) sheet.addRow(row);
  TABLE_COLUMN_ORDER.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column === "why" || column === "draftMessage" ? 60 : column === "notes" ? 30 : 18;
    if (DATE_COLUMN_SET.has(column)) sheetColumn.numFmt = "yyyy-mm-dd";
    if (OUTPUT_KEYS.has(column)) markAsTends(sheet.getRow(1).getCell(index + 1));
    const values = column === "done" ? DONE_VALUES : DROPDOWNS[column];
    if (values !== undefined) {
      const letter = sheetColumn.letter;
      (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${values.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: headerOf(column),
        error: `Use one of: ${values.join(", ")}`,
      });
    }
  });
}
