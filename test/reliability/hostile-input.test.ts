import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { XlsxStore } from "../../shared/stores/local/xlsx-store.js";
import { useFakeGoogle } from "../stores/sheets/sheets-harness.js";
import { useTempDir } from "../support/temp-dir.js";
import { type HostileTable, hostileTable, NO_BUDGET_LIMITS } from "./hostile-rows.js";

const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;
const ROWS = Number(process.env.TEND_HOSTILE_ROWS ?? 10_000);
const google = useFakeGoogle();

/** Every row got the action its shape calls for; every Fix row names the column at fault. */
function expectActions(table: HostileTable, written: { action: string; why: string }[]) {
  const wrong: string[] = [];
  table.expected.forEach((expected, index) => {
    const got = written[index];
    if (got?.action !== expected.action)
      wrong.push(`row ${index + 2}: expected ${expected.action}, got ${got?.action}`);
    else if (expected.column !== undefined && !got.why.includes(expected.column)) {
      wrong.push(`row ${index + 2}: Fix row does not name ${expected.column}: ${got.why}`);
    }
  });
  expect(wrong.slice(0, 5)).toEqual([]);
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe(`hostile input: ${ROWS.toLocaleString("en-US")} generated rows`, () => {
  it("in a CSV file: no crash, the right action on every row, nothing that runs as a formula", async () => {
    const table = hostileTable(ROWS, 11, today);
    const path = join(await tempDir(), "contacts.csv");
    await writeFile(path, stringify([table.header, ...table.rows]));
    const store = new CsvStore(path);
    await runDaily({ store, today, extraSettingRows: NO_BUDGET_LIMITS });
    await store.close();
    const [header = [], ...rows] = parse(await readFile(path, "utf8"), {
      relax_column_count: true,
    }) as string[][];
    const actionAt = header.indexOf("Suggested action");
    expect(header.slice(0, table.header.length)).toEqual(table.header);
    expectActions(
      table,
      rows.map((row) => ({ action: row[actionAt] ?? "", why: row[actionAt + 1] ?? "" })),
    );
    // The user's cells are exactly as they were; Tend's own cells never start like a formula.
    expect(rows.map((row) => row.slice(0, table.header.length))).toEqual(table.rows);
    const tendCells = rows.flatMap((row) => row.slice(actionAt));
    expect(tendCells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });

  it("in a Google Sheet: the right action on every row, and no formula in the sheet", async () => {
    const table = hostileTable(ROWS, 13, today);
    const id = google.context.sheets.createSpreadsheet({
      tabs: { Contacts: [table.header, ...table.rows] },
      input: "RAW",
    });
    await runDaily({
      store: google.store(id),
      today,
      extraSettingRows: NO_BUDGET_LIMITS,
      extraTemplateRows: [{ action: "Follow", template: "{name}", where: "test" }],
    });
    const [header = [], ...rows] = google.context.sheets.tabValues(id, "Contacts");
    const actionAt = header.indexOf("Suggested action");
    expectActions(
      table,
      rows.map((row) => ({ action: String(row[actionAt] ?? ""), why: String(row[actionAt + 1] ?? "") })),
    );
    expect(google.context.sheets.formulas(id, "Contacts")).toEqual({});
  });

  it("in a workbook: the right action on every row, and no formula cell anywhere", async () => {
    const table = hostileTable(Math.min(ROWS, 5_000), 12, today);
    const path = join(await tempDir(), "contacts.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Contacts").addRows([table.header, ...table.rows]);
    await workbook.xlsx.writeFile(path);
    const store = new XlsxStore(path);
    await runDaily({
      store,
      today,
      extraSettingRows: NO_BUDGET_LIMITS,
      extraTemplateRows: [{ action: "Follow", template: "{name}", where: "test" }],
    });
    await store.close();
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(path);
    const sheet = result.getWorksheet("Contacts") as ExcelJS.Worksheet;
    const actionAt = (sheet.getRow(1).values as string[]).indexOf("Suggested action");
    const written: { action: string; why: string }[] = [];
    let formulas = 0;
    sheet.eachRow((row, number) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      });
      if (number > 1)
        written.push({
          action: String(row.getCell(actionAt).value ?? ""),
          why: String(row.getCell(actionAt + 1).value ?? ""),
        });
    });
    expectActions(table, written);
    expect(formulas).toBe(0);
  });
});
