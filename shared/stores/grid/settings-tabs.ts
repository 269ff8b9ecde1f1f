import type { SettingRow, TemplateRow } from "../../run/ports.js";
import type { GridTab } from "./grid-document.js";
import { readSettingsAndTemplates } from "./two-column-tabs.js";

/** The Settings tab (which may hold templates under their own header) and the Templates tab. */
export function settingsAndTemplatesOf(
  settings: GridTab | undefined,
  templates: GridTab | undefined,
): { settingRows: SettingRow[]; templateRows: TemplateRow[] } {
  const fromSettings = readSettingsAndTemplates(settings?.rows ?? [], "Settings tab");
  // The Templates tab may lack its header row: one is put on top, and row numbers shifted back.
  const fromTemplates = readSettingsAndTemplates(
    [["Action", "Template"], ...(templates?.rows ?? [])],
    "Templates tab",
  );
  return {
    settingRows: fromSettings.settingRows,
    templateRows: [...fromSettings.templateRows, ...fromTemplates.templateRows.map(shiftRow)],
  };
}

function shiftRow(row: TemplateRow): TemplateRow {
  return { ...row, where: row.where.replace(/row (\d+)$/, (_, n) => `row ${Number(n) - 1}`) };
}
