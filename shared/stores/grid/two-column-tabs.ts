import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import type { SettingRow, TemplateRow } from "../../run/ports.js";

/**
 * The Settings (`Setting`, `Value`) and Templates (`Action`, `Template`) tabs, or the same
 * layout in a settings CSV, where the templates may follow as a second table under its own
 * `Action,Template` header row.
 */
export function readSettingsAndTemplates(grid: readonly (readonly CellValue[])[], where: string) {
  const settingRows: SettingRow[] = [];
  const templateRows: TemplateRow[] = [];
  let section: "settings" | "templates" = "settings";
  grid.forEach((cells, index) => {
    const first = cellText(cells[0]);
    const second = cellValueText(cells[1]);
    const place = `${where}, row ${index + 1}`;
    const key = first.toLowerCase();
    if (key === "setting" && second.trim().toLowerCase() === "value") {
      section = "settings";
      return;
    }
    if (key === "action" && second.trim().toLowerCase() === "template") {
      section = "templates";
      return;
    }
    if (first === "" && second.trim() === "") return;
    if (section === "settings") settingRows.push({ setting: first, value: second, where: place });
    else templateRows.push({ action: first, template: second, where: place });
  });
  return { settingRows, templateRows };
}

/** A setting's value keeps numbers as typed (a workbook may hold 20 as a number cell). */
function cellValueText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return cellText(value);
}
