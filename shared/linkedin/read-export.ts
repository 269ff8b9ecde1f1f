import type { Dirent, Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { unzipSync } from "fflate";
import { decodeText, type TextEncoding } from "./decode-text.js";
import { localIsoDay } from "./export-dates.js";
import { exportFileError } from "./export-file-error.js";
import {
  type ExportFileKind,
  exportDayFromName,
  FILE_LABELS,
  fileKindOfContent,
  fileKindOfName,
} from "./export-file-kinds.js";
import { zipEntryDays } from "./zip-entry-dates.js";

/** One export file as text. */
export interface ExportFile {
  /** Where it came from, as the user would look for it: a path, or `archive.zip/entry.csv`. */
  name: string;
  /** UTF-8 text without a byte-order mark. */
  text: string;
  /** How the bytes were encoded: anything but UTF-8 means the file was re-saved by hand. */
  encoding: TextEncoding;
}

export type ExportFiles = Partial<Record<ExportFileKind, ExportFile>>;

export interface LinkedInExportFiles {
  files: ExportFiles;
  /**
   * ISO day the export was made: from the archive's name when LinkedIn's naming survives,
   * else the newest modification day of the files read (zip entries or files on disk).
   * Rules use it as the date of the job changes the export reveals.
   */
  exportDate?: string;
}

/** A file found by name, not read yet: only the chosen ones are decompressed and decoded. */
interface Candidate {
  kind: ExportFileKind;
  name: string;
  /** 0 at the top of the archive or folder, 1 inside one folder (how some unzip tools nest it). */
  depth: number;
  day: string | undefined;
  bytes: () => Promise<Uint8Array>;
}

/**
 * Finds and reads the export files Tend uses, from the .zip LinkedIn sends, the unpacked
 * folder, one CSV file, or several paths of any of these. Files are found by name, ignoring
 * case, at the top or one folder down. Throws {@link exportFileError} naming the file when a
 * path cannot be read at all, holds no export file, or names the same file twice.
 */
export async function readLinkedInExport(paths: string | readonly string[]): Promise<LinkedInExportFiles> {
  const list = typeof paths === "string" ? [paths] : paths;
  const candidates: Candidate[] = [];
  let namedDay: string | undefined;
  for (const path of list) {
    const found = await candidatesAt(path);
    if (found.length === 0) {
      throw exportFileError(path, `holds none of ${Object.values(FILE_LABELS).join(", ")}`);
    }
    candidates.push(...found);
    // The name of the archive, of the folder or of the folder nested in the archive.
    const named = found
      .map((candidate) => exportDayFromName(candidate.name))
      .find((day) => day !== undefined);
    namedDay = latest(namedDay, named);
  }
  const files: ExportFiles = {};
  let newestDay: string | undefined;
  for (const candidate of chooseOnePerKind(candidates)) {
    const bytes = await candidate.bytes();
    const { text, encoding } = decodeText(bytes, candidate.name);
    files[candidate.kind] = { name: candidate.name, text, encoding };
    newestDay = latest(newestDay, candidate.day);
  }
  const exportDate = namedDay ?? newestDay;
  return { files, ...(exportDate === undefined ? {} : { exportDate }) };
}

async function candidatesAt(path: string): Promise<Candidate[]> {
  const info = await statOrThrow(path);
  if (info.isDirectory()) return folderCandidates(path);
  const bytes = await readOrThrow(path);
  if (isZip(bytes)) return zipCandidates(path, bytes);
  return [singleFileCandidate(path, bytes, info)];
}

async function folderCandidates(folder: string): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const visit = async (directory: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      throw exportFileError(directory, `cannot be listed: ${reason(error)}`);
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (depth === 0 && !ignoredFolder(entry.name)) await visit(path, 1);
        continue;
      }
      const kind = fileKindOfName(entry.name);
      if (kind === undefined) continue;
      const info = await statOrThrow(path);
      found.push({ kind, name: path, depth, day: localIsoDay(info.mtime), bytes: () => readOrThrow(path) });
    }
  };
  await visit(folder, 0);
  return found;
}

function zipCandidates(zipPath: string, zip: Uint8Array): Candidate[] {
  if ([".xlsx", ".xlsm", ".ods"].includes(extname(zipPath).toLowerCase())) {
    throw exportFileError(
      zipPath,
      "is a spreadsheet workbook; save it as CSV (UTF-8) or use the export's CSV file",
    );
  }
  const wanted = new Map<string, { kind: ExportFileKind; depth: number }>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        const parts = file.name.split("/").filter((part) => part !== "");
        const depth = parts.length - 1;
        const kind = fileKindOfName(file.name);
        if (kind === undefined || depth > 1 || file.name.endsWith("/") || parts.some(ignoredFolder))
          return false;
        wanted.set(file.name, { kind, depth });
        return true;
      },
    });
  } catch (error) {
    throw exportFileError(zipPath, `is not a readable zip archive: ${reason(error)}`);
  }
  const days = zipEntryDays(zip);
  return [...wanted].flatMap(([entryName, { kind, depth }]) => {
    const bytes = entries[entryName];
    if (bytes === undefined) return [];
    return [
      { kind, name: `${zipPath}/${entryName}`, depth, day: days.get(entryName), bytes: async () => bytes },
    ];
  });
}

function singleFileCandidate(path: string, bytes: Uint8Array, info: Stats): Candidate {
  const kind = fileKindOfName(path) ?? fileKindOfContent(decodeText(bytes, path).text);
  if (kind === undefined) {
    throw exportFileError(
      path,
      `is not one of ${Object.values(FILE_LABELS).join(", ")} (by name or header line)`,
    );
  }
  return { kind, name: path, depth: 0, day: localIsoDay(info.mtime), bytes: async () => bytes };
}

/** The shallowest file of each kind; two at the same depth is ambiguous, so it is an error. */
function chooseOnePerKind(candidates: readonly Candidate[]): Candidate[] {
  const chosen = new Map<ExportFileKind, Candidate>();
  for (const candidate of [...candidates].sort((a, b) => a.depth - b.depth)) {
    const current = chosen.get(candidate.kind);
    if (current === undefined) {
      chosen.set(candidate.kind, candidate);
    } else if (current.depth === candidate.depth) {
      throw exportFileError(
        candidate.name,
        `is a second ${FILE_LABELS[candidate.kind]} (the first is ${current.name}); give only one export`,
      );
    }
  }
  return [...chosen.values()];
}

// macOS adds `__MACOSX/` copies (AppleDouble files) to archives it makes.
function ignoredFolder(name: string): boolean {
  return name === "__MACOSX" || name.startsWith(".");
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && bytes.length >= 22
  );
}

async function statOrThrow(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    throw exportFileError(path, isMissing(error) ? "does not exist" : `cannot be read: ${reason(error)}`);
  }
}

async function readOrThrow(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw exportFileError(path, `cannot be read: ${reason(error)}`);
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}
