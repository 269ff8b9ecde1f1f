import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { matchHeaders } from "../../shared/contacts/header-match.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { decodeCsvFile } from "../../shared/stores/csv-text/decode-csv-file.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { useTempDir } from "../support/temp-dir.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/csv");
const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;

// Files as Excel, LibreOffice, Google Sheets and editors write them (test/fixtures/csv/README.md).
const FILES = [
  "excel-csv-windows-1252-crlf.csv",
  "excel-csv-utf8-bom-crlf.csv",
  "excel-unicode-text-utf16le-tabs.txt",
  "utf16be-bom-tabs.txt",
  "libreoffice-utf8-lf.csv",
  "google-sheets-utf8-crlf.csv",
  "mixed-crlf-lf.csv",
  "lone-cr.csv",
  "excel-sep-semicolon.csv",
  "header-line-break.csv",
];

async function runOn(fixture: string) {
  const path = join(await tempDir(), "contacts.csv");
  await copyFile(join(FIXTURES, fixture), path);
  const before = decodeCsvFile(await readFile(path));
  const store = new CsvStore(path);
  let summary: Awaited<ReturnType<typeof runDaily>>;
  try {
    summary = await runDaily({ store, today });
  } finally {
    await store.close();
  }
  return { before, after: decodeCsvFile(await readFile(path)), summary };
}

describe("a daily run on CSV files other programs made", () => {
  it.each(FILES)("%s: reads every contact, keeps encoding, sep= line and line endings", async (fixture) => {
    const { before, after, summary } = await runOn(fixture);
    expect(summary.contactsRead).toBeGreaterThan(0);
    expect(after.encoding).toBe(before.encoding);
    expect(after.sepLine).toBe(before.sepLine);
    expect(after.delimiter).toBe(before.delimiter);
    expect(after.records.map((record) => record.ending)).toEqual(
      before.records.map((record) => record.ending),
    );
  });

  it.each(FILES)(
    "%s: changes no cell of the user's, only Tend's columns at the right end",
    async (fixture) => {
      const { before, after } = await runOn(fixture);
      const width = Math.max(...before.records.map((record) => record.cells.length));
      // A column the file already gives one of Tend's names is Tend's to write.
      const tends = new Set(
        Object.values(matchHeaders(before.records[0]?.cells ?? []).output).filter((at) => at !== undefined),
      );
      const users = (cells: readonly string[]) => cells.filter((_, column) => !tends.has(column));
      expect(after.records).toHaveLength(before.records.length);
      before.records.forEach((record, index) => {
        const now = after.records[index]?.cells ?? [];
        expect(users(now.slice(0, record.cells.length))).toEqual(users(record.cells));
        // Anything Tend adds lies past the user's widest row.
        for (let column = record.cells.length; column < Math.min(width, now.length); column++)
          expect(now[column]).toBe("");
      });
      const headerWidth = before.records[0]?.cells.length ?? 0;
      const added = (after.records[0]?.cells ?? []).slice(headerWidth);
      // Tend's five columns: those the file already had, the rest added past the user's widest row.
      expect(added.length + tends.size).toBeGreaterThanOrEqual(5);
      if (added.length > 0)
        expect(headerWidth + added.findIndex((text) => text !== "")).toBeGreaterThanOrEqual(width);
    },
  );
});
