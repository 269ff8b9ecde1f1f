import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { headerOf, TABLE_COLUMN_ORDER } from "../../shared/contacts/columns.js";
import { createWorkbook } from "../../shared/stores/local/create-workbook.js";
import { XlsxStore } from "../../shared/stores/local/xlsx-store.js";
import { type MonthStore, monthOfMornings, timeline } from "../support/month-of-mornings.js";
import { type Cell, CONTACTS, DATE_HEADERS, expectedTimeline, type Mark } from "../support/month-table.js";
import { readWorkbook } from "../support/read-workbook.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

/** A cell as exceljs (standing in for Excel) reads it: dates as ISO days, links and rich text as their text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellOf(value.result as ExcelJS.CellValue);
    return JSON.stringify(value);
  }
  return value;
}

async function contactsSheet(
  path: string,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  // exceljs, standing in for Excel, reads whole-column dropdowns cell by cell: cut to the first rows.
  const workbook = await readWorkbook(path);
  const sheet = workbook.getWorksheet("Contacts");
  if (sheet === undefined) throw new Error("no Contacts tab");
  return { workbook, sheet };
}

function headerOfSheet(sheet: ExcelJS.Worksheet): string[] {
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    header[column - 1] = String(cellOf(cell.value));
  });
  return Array.from(header, (name) => name ?? "");
}

/** A workbook from `tend init`, its contacts typed in with real date cells. */
async function workbookMonth(): Promise<{ path: string; store: MonthStore }> {
  const path = join(await tempDir(), "contacts.xlsx");
  const headers = TABLE_COLUMN_ORDER.map(headerOf);
  const rows = CONTACTS.map((contact) =>
    headers.map((name) => {
      const value = (contact as Record<string, string | undefined>)[name] ?? "";
      return DATE_HEADERS.has(name) && value !== "" ? new Date(`${value}T00:00:00Z`) : value;
    }),
  );
  await createWorkbook(path, { rows });
  const read = async () => {
    const { sheet } = await contactsSheet(path);
    const header = headerOfSheet(sheet);
    const records = CONTACTS.map((_, index) => {
      const row = sheet.getRow(index + 2);
      return Object.fromEntries(header.map((name, column) => [name, cellOf(row.getCell(column + 1).value)]));
    });
    return { header, rows: records };
  };
  const mark = async (name: string, value: Mark) => {
    const { workbook, sheet } = await contactsSheet(path);
    const done = headerOfSheet(sheet).indexOf("Done") + 1;
    const at = CONTACTS.findIndex((contact) => contact.Name === name) + 2;
    sheet.getRow(at).getCell(done).value =
      typeof value === "object" ? new Date(`${value.day}T00:00:00Z`) : value;
    await workbook.xlsx.writeFile(path);
  };
  // A TRUE cell is a tick, but a workbook has no checkbox to untick: it is cleared to blank.
  return { path, store: { checkboxes: "none", open: () => new XlsxStore(path), read, mark } };
}

describe("a month of mornings on a workbook", () => {
  it("records every Done, fills dates once, keeps each Due and rewrites only rows whose decision changed", async () => {
    const { path, store } = await workbookMonth();
    const mornings = await monthOfMornings(store);
    expect(timeline(mornings)).toEqual(expectedTimeline("2026-11-11"));

    const { sheet } = await contactsSheet(path);
    const header = headerOfSheet(sheet);
    expect(header.slice(TABLE_COLUMN_ORDER.length)).toEqual(["Recent post on"]);
    const cell = (name: string, column: string) =>
      sheet
        .getRow(CONTACTS.findIndex((contact) => contact.Name === name) + 2)
        .getCell(header.indexOf(column) + 1);
    // The dates Tend wrote are date cells; the TRUE cell and the typed ticks are blank again.
    for (const [name, column] of [
      ["Ana Silva", "Requested on"],
      ["Gus Hall", "Connected on"],
      ["Eli Moss", "Milestone on"],
      ["Fay Wong", "Recent post on"],
      ["Bo Chen", "Followed up on"],
    ] as const)
      expect(cell(name, column).value, `${name}: ${column}`).toBeInstanceOf(Date);
    for (const name of ["Cy Diaz", "Ana Silva", "Bo Chen"]) expect(cell(name, "Done").value, name).toBeNull();
    expect(cell("Ana Silva", "Status").value).toBe("Request sent");
  });
});
