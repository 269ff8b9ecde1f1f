import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** Rows of a validated or formatted range exceljs is shown, in place of the whole column. */
const ROWS_SHOWN = 200;

/**
 * A workbook read with exceljs for assertions. exceljs expands every validated range into one
 * entry per cell, and a new workbook validates whole columns (a million cells each: a minute to
 * read), so ranges down to Excel's last row are cut to the first rows before exceljs reads them.
 */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const parts = unzipSync(new Uint8Array(await readFile(path)));
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    parts[name] = strToU8(strFromU8(bytes).replace(/([A-Z]+\d+:[A-Z]+)1048576\b/g, `$1${ROWS_SHOWN}`));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(zipSync(parts) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The XML of a worksheet, by tab name, as saved. */
export async function worksheetXml(path: string, tab: string): Promise<string> {
  const parts = unzipSync(new Uint8Array(await readFile(path)));
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((match) => match[1]);
  const index = names.indexOf(tab);
  const sheet = parts[`xl/worksheets/sheet${index + 1}.xml`];
  if (index < 0 || sheet === undefined) throw new Error(`no sheet ${tab}`);
  return strFromU8(sheet);
}
