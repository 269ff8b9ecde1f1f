import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { storesFor } from "../../functions/open-store.js";
import { parseSourceRef } from "../../functions/parse-source.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { importLinkedInExport } from "../../shared/import/import-job.js";
import type { ImportWrites } from "../../shared/run/ports.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { XlsxStore } from "../../shared/stores/local/xlsx-store.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const TODAY = dayFromIso("2026-11-25") as Day;

const CONNECTIONS = [
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Ana,Silva,https://www.linkedin.com/in/ana-silva,,Globex,CTO,05 Feb 2024",
  '=HYPERLINK("http://evil"),Doe,https://www.linkedin.com/in/evil,,"=1+1",-Chief,06 Feb 2024',
  "Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Initech,Designer,07 Feb 2024",
].join("\n");

async function exportFolder(): Promise<string> {
  const dir = await tempDir();
  const path = join(dir, "Connections.csv");
  await writeFile(path, CONNECTIONS);
  return path;
}

async function saveImportTo(store: XlsxStore | CsvStore, writes: ImportWrites) {
  await store.load();
  try {
    return await store.saveImport(writes);
  } finally {
    await store.close();
  }
}

describe("XlsxStore.saveImport", () => {
  async function workbook(rows: (string | null)[][], style?: (sheet: ExcelJS.Worksheet) => void) {
    const path = join(await tempDir(), "contacts.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Contacts");
    for (const row of rows) sheet.addRow(row);
    style?.(sheet);
    await book.xlsx.writeFile(path);
    return path;
  }
  async function contacts(path: string) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    return book.getWorksheet("Contacts") as ExcelJS.Worksheet;
  }

  it("updates input cells, adds missing columns at the right end and leaves every other cell alone", async () => {
    const path = await workbook(
      [
        ["Name", "LinkedIn URL", "Secret sauce", "Relationship", "Notes", "Suggested action"],
        ["Ana Silva", "linkedin.com/in/ana-silva", "keep", "Worked together", "note", "Connect"],
      ],
      (sheet) => {
        sheet.getCell("C2").font = { italic: true };
      },
    );
    const summary = await importLinkedInExport({
      paths: [await exportFolder()],
      source: parseSourceRef(path),
      stores: storesFor(),
      today: TODAY,
    });
    expect(summary.addedColumns).toEqual(["Company", "Title", "Status", "Connected on"]);
    const sheet = await contacts(path);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Name",
      "LinkedIn URL",
      "Secret sauce",
      "Relationship",
      "Notes",
      "Suggested action",
      "Company",
      "Title",
      "Status",
      "Connected on",
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "Ana Silva",
      "linkedin.com/in/ana-silva",
      "keep",
      "Worked together",
      "note",
      "Connect",
      "Globex",
      "CTO",
      "Connected",
      new Date("2024-02-05T00:00:00Z"),
    ]);
    expect(sheet.getCell("C2").font?.italic).toBe(true);
    // Text that looks like a formula lands as text.
    expect(sheet.getCell("A3").value).toBe('=HYPERLINK("http://evil") Doe');
    expect(sheet.getCell("G3").value).toBe("=1+1");
  });

  it("appends after the last non-blank row, ignoring rows that only carry formatting", async () => {
    const path = await workbook(
      [["Name", "LinkedIn URL"], ["Ana"], [null, null], ["Bo"], [null]],
      (sheet) => {
        sheet.getCell("A8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      },
    );
    const result = await saveImportTo(new XlsxStore(path), {
      changes: [],
      newRows: [{ name: "Cy", linkedinUrl: "https://www.linkedin.com/in/cy", connectedOn: "1833-06-05" }],
    });
    expect(result.firstNewRow).toBe(5);
    const sheet = await contacts(path);
    expect(sheet.getRow(5).values).toEqual([undefined, "Cy", "https://www.linkedin.com/in/cy", "1833-06-05"]);
  });

  it("writes names into First Name and Last Name when the table has those instead of Name", async () => {
    const path = await workbook([["First Name", "Last Name", "LinkedIn URL"]]);
    await saveImportTo(new XlsxStore(path), {
      changes: [],
      newRows: [{ name: "Ana Silva", firstName: "Ana", lastName: "Silva", linkedinUrl: "linkedin.com/in/a" }],
    });
    const sheet = await contacts(path);
    expect(sheet.getRow(1).values).toEqual([undefined, "First Name", "Last Name", "LinkedIn URL"]);
    expect(sheet.getRow(2).values).toEqual([undefined, "Ana", "Silva", "linkedin.com/in/a"]);
  });
});

describe("CsvStore.saveImport", () => {
  it("keeps the file's delimiter, line endings and untouched rows, escapes formulas and reads them back", async () => {
    const path = join(await tempDir(), "contacts.csv");
    const original =
      'Name;LinkedIn URL;Relationship\r\n"Ana Silva";linkedin.com/in/ana-silva;Met in person\r\nZed;;\r\n';
    await writeFile(path, original);
    const exportPath = await exportFolder();
    await importLinkedInExport({
      paths: [exportPath],
      source: parseSourceRef(path),
      stores: storesFor(),
      today: TODAY,
    });
    expect(await readFile(path, "utf8")).toBe(
      "Name;LinkedIn URL;Relationship;Company;Title;Status;Connected on\r\n" +
        '"Ana Silva";linkedin.com/in/ana-silva;Met in person;Globex;CTO;Connected;2024-02-05\r\n' +
        "Zed;;\r\n" +
        `"'=HYPERLINK(""http://evil"") Doe";https://www.linkedin.com/in/evil;;'=1+1;'-Chief;Connected;2024-02-06\r\n` +
        "Cy Diaz;https://www.linkedin.com/in/cy-diaz;;Initech;Designer;Connected;2024-02-07\r\n",
    );
    const store = new CsvStore(path);
    const { rows } = await store.load();
    await store.close();
    expect(rows[2]?.raw.cells).toMatchObject({ name: '=HYPERLINK("http://evil") Doe', company: "=1+1" });
    const again = await importLinkedInExport({
      paths: [exportPath],
      source: parseSourceRef(path),
      stores: storesFor(),
      today: TODAY,
    });
    expect([again.report.updated.rows, again.report.added.total, again.report.unchanged]).toEqual([0, 0, 3]);
  });

  it("starts a file Tend creates with a header in Tend's column order", async () => {
    const path = join(await tempDir(), "new.csv");
    const summary = await importLinkedInExport({
      paths: [await exportFolder()],
      source: parseSourceRef(path),
      stores: storesFor(),
      today: TODAY,
    });
    expect(summary.created).toBe(true);
    const text = await readFile(path, "utf8");
    expect(text.split("\n")[0]).toBe("Name,LinkedIn URL,Company,Title,Status,Connected on");
    expect(text.split("\n")).toHaveLength(5);
  });
});
