import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";

/** Writes a workbook through a temporary file next to the target, then renames it over the target. */
export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes next to the target, then renames over it: a crash never leaves a half-written file. */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
