/**
 * `npx tsx bench/xlsx-package.ts`: the .xlsx package editor against exceljs on the same
 * 10,000-row x 25-column workbook, side by side in one process: (a) exceljs load + write,
 * (b) openWorkbookPackage + readSheet + setCells on 5 columns of every row + toBytes. Then
 * 30,000 rows with the package editor alone, in a child process so its peak memory is its own.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type CellWrite, openWorkbookPackage } from "../shared/stores/xlsx-package/workbook-package.js";
import { peakMemoryMb } from "./measure.js";

const COLUMNS = 25;
const OUTPUT_COLUMNS = [20, 21, 22, 23, 24];

async function buildWorkbook(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Contacts");
  sheet.addRow(Array.from({ length: COLUMNS }, (_, column) => `Column ${column + 1}`));
  for (let row = 0; row < rows; row++) {
    const cells: (string | number | Date)[] = [];
    for (let column = 0; column < COLUMNS; column++) {
      const kind = column % 5;
      cells.push(
        kind === 0
          ? `Person ${row} & co`
          : kind === 1
            ? `https://www.linkedin.com/in/person-${row}`
            : kind === 2
              ? new Date(Date.UTC(2025, 0, 1 + (row % 400)))
              : kind === 3
                ? row * column
                : `Note ${row % 97}: met at an event`,
      );
    }
    sheet.addRow(cells);
  }
  await workbook.xlsx.writeFile(path);
}

function packageRun(bytes: Uint8Array): { seconds: number; size: number } {
  const start = performance.now();
  const pkg = openWorkbookPackage(bytes);
  const grid = pkg.readSheet("Contacts");
  const writes: CellWrite[] = [];
  for (let row = 1; row < grid.rows.length; row++) {
    for (const column of OUTPUT_COLUMNS) {
      writes.push({ row, column, value: `Follow up with row ${row} about column ${column}` });
    }
  }
  pkg.setCells("Contacts", writes);
  const out = pkg.toBytes();
  return { seconds: (performance.now() - start) / 1000, size: out.length };
}

async function exceljsRun(bytes: Uint8Array): Promise<number> {
  const start = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  await workbook.xlsx.writeBuffer();
  return (performance.now() - start) / 1000;
}

async function main(): Promise<void> {
  const [mode, path] = process.argv.slice(2);
  if (mode === "--package-only" && path !== undefined) {
    const result = packageRun(readFileSync(path));
    console.log(JSON.stringify({ seconds: result.seconds, peakMemoryMb: peakMemoryMb() }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "tend-xlsx-package-"));
  try {
    const small = join(dir, "10000.xlsx");
    await buildWorkbook(small, 10_000);
    const bytes = readFileSync(small);
    // One warm-up of each, then the better of three: the machine is shared.
    packageRun(bytes);
    await exceljsRun(bytes);
    let exceljs = Number.POSITIVE_INFINITY;
    let editor = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      exceljs = Math.min(exceljs, await exceljsRun(bytes));
      editor = Math.min(editor, packageRun(bytes).seconds);
    }
    console.log(`10,000 rows x ${COLUMNS} columns (${(bytes.length / 1e6).toFixed(1)} MB):`);
    console.log(`  (a) exceljs load + write:                  ${exceljs.toFixed(3)} s`);
    console.log(`  (b) package read + 5 columns + toBytes:   ${editor.toFixed(3)} s`);
    console.log(`  ratio (b)/(a): ${(editor / exceljs).toFixed(2)}`);

    const large = join(dir, "30000.xlsx");
    await buildWorkbook(large, 30_000);
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", process.argv[1] as string, "--package-only", large],
      { encoding: "utf8" },
    );
    const { seconds, peakMemoryMb: peak } = JSON.parse(output.trim().split("\n").at(-1) as string);
    console.log(`30,000 rows, package editor alone: ${seconds.toFixed(3)} s, peak RSS ${peak} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
