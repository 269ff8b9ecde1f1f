import type ExcelJS from "exceljs";
import { todayTabBlocks } from "../../layout/morning-view.js";
import { RUN_LOG_HEADERS } from "../../layout/run-log.js";
import { TABS } from "../../layout/tab-names.js";
import { SETTINGS, type SettingName } from "../../rules/settings.js";
import { templatesGuide } from "../../run/templates-guide.js";
import { RUN_LOG_LAYOUT, TODAY_LAYOUT } from "../grid/own-tabs.js";
import { SETTING_CHOICES, SETTING_DESCRIPTIONS } from "./setting-descriptions.js";
import { HEADER_FONT, WORKBOOK_FONT } from "./xlsx-looks.js";

type Layout = typeof TODAY_LAYOUT;

function addSheet(workbook: ExcelJS.Workbook, name: string, layout: Layout): ExcelJS.Worksheet {
  const frozen = layout.frozenRows ?? 1;
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: frozen }] });
  for (const [column, width] of layout.columnWidths ?? []) sheet.getColumn(column + 1).width = width;
  return sheet;
}

function styled(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row, number) => {
    row.font = number === 1 ? HEADER_FONT : WORKBOOK_FONT;
    row.alignment = { vertical: "top", wrapText: number > 1 };
  });
}

/** Today, first among the tabs: the heartbeat of a workbook that has not run yet; each run rewrites it. */
export function addTodaySheet(workbook: ExcelJS.Workbook, name: string): void {
  const sheet = addSheet(workbook, name, TODAY_LAYOUT);
  const { main } = todayTabBlocks(undefined, [[...RUN_LOG_HEADERS]]);
  for (const line of main.slice(0, 3)) sheet.addRow(line);
  sheet.getRow(1).font = { ...HEADER_FONT, size: 14 };
  // Each run rewrites the cells; they keep their column's look: one font, Why and Draft message wrapped.
  for (let column = 1; column <= 7; column++) {
    sheet.getColumn(column).font = WORKBOOK_FONT;
    sheet.getColumn(column).alignment = { vertical: "top", wrapText: column === 5 || column === 6 };
  }
}

/** Each setting with its default and what it does; Value blank means the default. */
export function addSettingsSheet(
  workbook: ExcelJS.Workbook,
  given: ReadonlyMap<string, string>,
  notes: ReadonlyMap<string, string>,
): void {
  const sheet = addSheet(workbook, TABS.settings, {
    columnWidths: [
      [0, 28],
      [1, 40],
      [2, 12],
      [3, 70],
    ],
  });
  sheet.addRow(["Setting", "Value", "Default", "What it does (a blank Value means the default)"]);
  for (const [name, spec] of Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][]) {
    const note = notes.get(name);
    const row = sheet.addRow([
      name,
      given.get(name) ?? "",
      spec.default === "" ? "(blank)" : spec.default,
      note === undefined ? SETTING_DESCRIPTIONS[name] : `${SETTING_DESCRIPTIONS[name]}. ${note}`,
    ]);
    const choices = SETTING_CHOICES[name];
    if (choices !== undefined)
      row.getCell(2).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${choices.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        error: `Use one of: ${choices.join(", ")}`,
      };
  }
  styled(sheet);
}

/** Templates: the example row, and beside the table, where the run does not read, the placeholders. */
export function addTemplatesSheet(workbook: ExcelJS.Workbook): void {
  const sheet = addSheet(workbook, TABS.templates, {
    columnWidths: [
      [0, 30],
      [1, 90],
      [2, 3],
      [3, 20],
      [4, 70],
    ],
  });
  sheet.addRow(["Action", "Template", "", "Placeholder", "Stands for"]);
  const { example, placeholders } = templatesGuide();
  placeholders.forEach(([placeholder, meaning], index) => {
    sheet.addRow([...(index === 0 ? example : ["", ""]), "", placeholder, meaning]);
  });
  styled(sheet);
}

export function addRunLogSheet(workbook: ExcelJS.Workbook): void {
  const sheet = addSheet(workbook, TABS.runLog, RUN_LOG_LAYOUT);
  sheet.addRow([...RUN_LOG_HEADERS]);
  styled(sheet);
}
