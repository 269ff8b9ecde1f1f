import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { matchHeaders } from "../../shared/contacts/header-match.js";
import { cellText } from "../../shared/contacts/parse-row.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { XlsxStore } from "../../shared/stores/local/xlsx-store.js";
import { openWorkbookPackage } from "../../shared/stores/xlsx-package/workbook-package.js";
import { useTempDir } from "../support/temp-dir.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/xlsx");
const tempDir = useTempDir();
const today = dayFromIso("2026-11-25") as number;

// Workbooks LibreOffice, openpyxl and pandas wrote (test/fixtures/xlsx/README.md).
const FILES = [
  "libreoffice-contacts.xlsx",
  "openpyxl-contacts.xlsx",
  "pandas-openpyxl.xlsx",
  "pandas-xlsxwriter.xlsx",
  "libreoffice-1904.xlsx",
  "openpyxl-1904.xlsx",
];

/** Parts a run may change: the contacts sheet, and what adding Tend's own tabs and a date style touches. */
const MAY_CHANGE =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|docProps\/app\.xml)$/;

async function runOn(fixture: string) {
  const path = join(await tempDir(), "contacts.xlsx");
  await copyFile(join(FIXTURES, fixture), path);
  const before = await readFile(path);
  const store = new XlsxStore(path);
  try {
    await runDaily({ store, today });
  } finally {
    await store.close();
  }
  return { before: new Uint8Array(before), after: new Uint8Array(await readFile(path)) };
}

describe("a daily run on workbooks other programs made", () => {
  it.each(FILES)(
    "%s: every part is kept, and only the contacts sheet and Tend's own tabs change",
    async (fixture) => {
      const { before, after } = await runOn(fixture);
      const partsBefore = unzipSync(before);
      const partsAfter = unzipSync(after);
      const contactsPart = openWorkbookPackage(before).sheets[0]?.partPath;
      const ownParts = new Set(
        openWorkbookPackage(after)
          .sheets.filter((sheet) => ["run log", "today"].includes(sheet.name.toLowerCase()))
          .map((sheet) => sheet.partPath),
      );
      for (const [name, bytes] of Object.entries(partsBefore)) {
        expect(partsAfter[name], `${name} is lost`).toBeDefined();
        if (name === contactsPart || ownParts.has(name) || MAY_CHANGE.test(name)) continue;
        expect(
          Buffer.from(partsAfter[name] as Uint8Array).equals(Buffer.from(bytes)),
          `${name} changed`,
        ).toBe(true);
      }
    },
  );

  it.each(FILES)("%s: no cell of the user's changes, and Tend's columns are filled", async (fixture) => {
    const { before, after } = await runOn(fixture);
    const name = openWorkbookPackage(before).sheets[0]?.name as string;
    const rowsBefore = openWorkbookPackage(before).readSheet(name).rows;
    const rowsAfter = openWorkbookPackage(after).readSheet(name).rows;
    const header = (rowsAfter[0] ?? []).map((cell) => cellText(cell));
    const tends = new Set(Object.values(matchHeaders(header).output));
    expect(tends.size).toBe(5);
    rowsBefore.forEach((row, y) => {
      row.forEach((value, x) => {
        if (!tends.has(x)) expect(rowsAfter[y]?.[x], `cell ${y},${x}`).toEqual(value);
      });
    });
    const actionAt = matchHeaders(header).output.suggestedAction as number;
    expect(rowsAfter.slice(1).filter((row) => cellText(row[actionAt]) !== "").length).toBeGreaterThan(0);
  });
});

describe("a formula saved without its result (openpyxl, pandas)", () => {
  it("gets Fix row naming the cell and what to do, never a silent blank", async () => {
    const path = join(await tempDir(), "contacts.xlsx");
    await copyFile(join(FIXTURES, "openpyxl-contacts.xlsx"), path);
    const store = new XlsxStore(path);
    try {
      const summary = await runDaily({ store, today, dryRun: true });
      expect(summary.problems.find((problem) => problem.row === 3)?.why).toMatch(
        /cell F3\) holds a formula saved without its result.*open and save the file in Excel or LibreOffice/,
      );
    } finally {
      await store.close();
    }
  });
});
