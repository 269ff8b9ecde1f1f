import type ExcelJS from "exceljs";
import { TendError } from "../../errors/tend-error.js";
import { unwritableError, writeProblem } from "./errors.js";
import {
  type FileContent,
  type FileWrite,
  prepareReplacement,
  type Replacement,
} from "./file-replacement.js";
import { errorCode, NODE_FS, type WriteFs } from "./write-fs.js";

export type { FileContent, FileWrite } from "./file-replacement.js";

/**
 * Writes each file through a temporary file beside it, then renames it over the file: a crash
 * never leaves a half-written file. Several files change together or not at all: every new
 * content is written and synced first, then put in place; if a later one fails, the earlier
 * ones get their old content back. The file keeps its mode, owner, symbolic link and hard links;
 * a read-only file is refused and a full disk said so, before anything the user sees changes.
 */
export async function writeFilesTogether(writes: readonly FileWrite[], fs: WriteFs = NODE_FS): Promise<void> {
  const ready: Replacement[] = [];
  try {
    for (const write of writes)
      ready.push(
        await prepareReplacement(write, writes.length > 1, fs).catch(async (error: unknown) => {
          throw await unwritableError(write.path, error, fs);
        }),
      );
  } catch (error) {
    await cleanUp(ready);
    throw error;
  }
  const done: Replacement[] = [];
  try {
    for (const replacement of ready) {
      await replacement.commit();
      done.push(replacement);
    }
  } catch (error) {
    const failed = writes[done.length]?.path ?? "";
    throw await undone(failed, error, done, fs);
  } finally {
    await cleanUp(ready);
  }
}

/** Writes one file as writeFilesTogether does. */
export function writeFileAtomically(path: string, data: FileContent, fs: WriteFs = NODE_FS): Promise<void> {
  return writeFilesTogether([{ path, data }], fs);
}

/** Streams a workbook to the temporary file: a whole-workbook buffer would double the peak memory. */
export function writeWorkbookAtomically(
  workbook: ExcelJS.Workbook,
  path: string,
  fs: WriteFs = NODE_FS,
): Promise<void> {
  return writeFileAtomically(path, (temporary) => workbook.xlsx.writeFile(temporary), fs);
}

/** The files already replaced get their old content back; the message says what the user now has. */
async function undone(failed: string, error: unknown, done: Replacement[], fs: WriteFs): Promise<TendError> {
  if (error instanceof TendError) return error;
  const problem = await writeProblem(failed, error, fs);
  const stuck: string[] = [];
  for (const replacement of [...done].reverse()) {
    try {
      await replacement.undo();
    } catch (undoError) {
      const why = errorCode(undoError) ?? (undoError as Error).message;
      stuck.push(
        replacement.backup === undefined
          ? `${replacement.name} was already created and could not be removed (${why})`
          : `${replacement.name} was already updated and could not be put back (${why}): its previous content is in ${replacement.backup}`,
      );
    }
  }
  const putBack = done.map((replacement) => replacement.name);
  const sentence =
    stuck.length > 0
      ? `${problem}; ${stuck.join("; ")}`
      : putBack.length > 0
        ? `${problem}; ${putBack.join(" and ")} ${putBack.length === 1 ? "was" : "were"} put back as before, so nothing was written`
        : `${problem}; nothing was written`;
  return new TendError("no-access", sentence, { cause: error });
}

async function cleanUp(replacements: readonly Replacement[]): Promise<void> {
  for (const replacement of replacements) await replacement.cleanup().catch(() => undefined);
}
