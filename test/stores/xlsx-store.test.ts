import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { createWorkbook } from "../../shared/stores/local/create-workbook.js";
import { XlsxStore } from "../../shared/stores/local/xlsx-store.js";
import { useTempDir } from "../support/temp-dir.js";
import { TEND_HEADERS } from "../support/tend-headers.js";

const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;

async function workbookWith(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(await tempDir(), "contacts.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

async function run(path: string) {
  const store = new XlsxStore(path);
  try {
    return await runDaily({ store, today });
  } finally {
    await store.close();
  }
}

async function read(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe(XlsxStore, () => {
  it("reads real date cells and writes suggestions next to each contact", async () => {
    const path = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet("Contacts");
      sheet.addRow(["Name", "Status", "Requested on"]);
      sheet.addRow(["Ana Silva", "Request sent", new Date(Date.UTC(2026, 10, 1))]);
      sheet.addRow(["Bo Chen", "Request sent", new Date(Date.UTC(2026, 10, 20))]);
    });
    await run(path);
    const sheet = (await read(path)).getWorksheet("Contacts") as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, "Name", "Status", "Requested on", ...TEND_HEADERS]);
    expect(sheet.getCell("D2").value).toBe("Follow up");
    expect(sheet.getCell("D3").value).toBe("Wait");
    expect(sheet.getCell("G3").value).toBe("2026-12-11");
  });

  it("never touches input cells, unknown columns, other tabs or formatting", async () => {
    const path = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet("Contacts");
      sheet.addRow(["Name", "Secret sauce", "Relationship"]);
      sheet.addRow(["Ana Silva", "keep", "Worked together"]);
      sheet.getCell("A2").font = { bold: true, color: { argb: "FFFF0000" } };
      workbook.addWorksheet("My notes").addRow(["private", 42]);
    });
    await run(path);
    const workbook = await read(path);
    const sheet = workbook.getWorksheet("Contacts") as ExcelJS.Worksheet;
    expect(sheet.getCell("A2").value).toBe("Ana Silva");
    expect(sheet.getCell("A2").font?.color?.argb).toBe("FFFF0000");
    expect(sheet.getCell("B2").value).toBe("keep");
    expect(workbook.getWorksheet("My notes")?.getRow(1).values).toEqual([undefined, "private", 42]);
  });

  it("writes a name that looks like a formula as text", async () => {
    const path = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet("Contacts");
      sheet.addRow(["Name", "Relationship"]);
      sheet.addRow(['=HYPERLINK("http://evil")', "Worked together"]);
    });
    const store = new XlsxStore(path);
    await runDaily({
      store,
      today,
      extraTemplateRows: [{ action: "Connect", template: "{name}", where: "test" }],
    });
    await store.close();
    const cell = (await read(path)).getWorksheet("Contacts")?.getCell("G2");
    expect(cell?.value).toBe('=HYPERLINK("http://evil")');
    expect(cell?.formula).toBeUndefined();
  });

  it("changes no contact cell on a second run and appends one Run log row per run", async () => {
    const path = join(await tempDir(), "contacts.xlsx");
    await createWorkbook(path, { rows: [["Ana Silva", "linkedin.com/in/ana", "", "", "", "Met in person"]] });
    await run(path);
    const second = await run(path);
    expect(second.rowsChanged).toBe(0);
    const log = (await read(path)).getWorksheet("Run log") as ExcelJS.Worksheet;
    expect(log.actualRowCount).toBe(3);
    expect(log.getCell("D2").value).toBe(1);
    expect(log.getCell("D3").value).toBe(0);
  });

  it("reads settings and templates from their tabs", async () => {
    const path = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet("Contacts");
      sheet.addRow(["Name", "Relationship"]);
      sheet.addRow(["Ana Silva", "Worked together"]);
      const settings = workbook.addWorksheet("Settings");
      settings.addRow(["Setting", "Value"]);
      settings.addRow(["My name", "Alex"]);
      const templates = workbook.addWorksheet("Templates");
      templates.addRow(["Action", "Template"]);
      templates.addRow(["Connect", "Hello {first_name}, {my_name} here"]);
    });
    await run(path);
    expect((await read(path)).getWorksheet("Contacts")?.getCell("G2").value).toBe("Hello Ana, Alex here");
  });

  it("stops before writing anything when a setting is invalid, naming the setting", async () => {
    const path = await workbookWith((workbook) => {
      workbook.addWorksheet("Contacts").addRow(["Name"]).commit();
      workbook.getWorksheet("Contacts")?.addRow(["Ana"]);
      const settings = workbook.addWorksheet("Settings");
      settings.addRow(["Setting", "Value"]);
      settings.addRow(["Weekly invite budget", "lots"]);
    });
    await expect(run(path)).rejects.toThrow(
      'Setting "Weekly invite budget" is "lots": use a whole number, 0 or more',
    );
    expect((await read(path)).getWorksheet("Contacts")?.getCell("B1").value).toBeNull();
  });
});

describe(createWorkbook, () => {
  it("creates the four tabs with a frozen header, dropdowns and Tend's columns marked", async () => {
    const path = join(await tempDir(), "new.xlsx");
    await createWorkbook(path);
    const workbook = await read(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Contacts",
      "Settings",
      "Templates",
      "Run log",
    ]);
    const contacts = workbook.getWorksheet("Contacts") as ExcelJS.Worksheet;
    expect(contacts.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = contacts.getRow(1).values as string[];
    const statusColumn = header.indexOf("Status");
    expect(contacts.getCell(2, statusColumn).dataValidation).toMatchObject({ type: "list" });
    expect(String(contacts.getCell(2, statusColumn).dataValidation.formulae?.[0])).toContain(
      "Incoming request",
    );
    const actionColumn = header.indexOf("Suggested action");
    expect(contacts.getCell(1, actionColumn).fill).toMatchObject({ type: "pattern" });
    await expect(createWorkbook(path)).rejects.toThrow(/already exists/);
  });
});
