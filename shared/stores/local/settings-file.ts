import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { TendError } from "../../errors/tend-error.js";
import type { SettingRow, TemplateRow } from "../../run/ports.js";
import { readSettingsAndTemplates } from "../grid/two-column-tabs.js";
import { detectFormat, parseCsv } from "./csv-format.js";

/**
 * A settings file: `Setting,Value` rows, optionally followed by an `Action,Template` table
 * (or a file of templates alone). Used for CSV and Notion sources, and to override a workbook.
 */
export async function readSettingsFile(
  path: string,
): Promise<{ settingRows: SettingRow[]; templateRows: TemplateRow[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new TendError(
      "not-found",
      `The settings file ${path} cannot be read (${(error as NodeJS.ErrnoException).code}): check the path`,
      { cause: error },
    );
  }
  const records = parseCsv(text, detectFormat(text));
  return readSettingsAndTemplates(
    records.map((record) => record.cells),
    basename(path),
  );
}
