import { constants, type Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { readOnlyError, unwritableError } from "./errors.js";
import { inPlaceReplacement } from "./in-place-replacement.js";
import { temporaryNames } from "./temporary-files.js";
import { errorCode, resolveTarget, type WriteFs } from "./write-fs.js";

/**
 * Bytes, pieces of bytes written one after another (a CSV file's kept and new records: joining
 * them first would copy the whole file once more), or a function that writes the new file at the
 * temporary path it is given (a streamed workbook).
 */
export type FileContent =
  | string
  | Uint8Array
  | readonly Uint8Array[]
  | ((temporaryPath: string) => Promise<void>);

export interface FileWrite {
  path: string;
  data: FileContent;
  /** When the file does not exist yet, it gets this file's mode and owner (a Run log beside private contacts). */
  modeOf?: string;
}

/** A file's new content ready beside it, to be put in place once every file of the write is ready. */
export interface Replacement {
  /** The name the user knows the file by. */
  readonly name: string;
  commit(): Promise<void>;
  /** Puts the old content back after a later file's commit failed; throws when it cannot. */
  undo(): Promise<void>;
  /** Removes the temporary files; a backup that is the only copy of the old content is kept. */
  cleanup(): Promise<void>;
  /** Where the old content is kept while the write can still be undone. */
  readonly backup: string | undefined;
}

/**
 * Checks the file can be written, then writes the new content to a temporary file beside the
 * real file (through a symbolic link), with the file's mode and owner, synced to disk. Nothing
 * the user sees has changed yet; `keepOld` makes the replacement undoable.
 */
export async function prepareReplacement(
  write: FileWrite,
  keepOld: boolean,
  fs: WriteFs,
): Promise<Replacement> {
  const target = await resolveTarget(write.path, fs);
  const existing = await statOrNothing(target, fs);
  if (existing !== undefined) await refuseReadOnly(write.path, target, existing, fs);
  const like = existing ?? (write.modeOf === undefined ? undefined : await siblingLook(write.modeOf, fs));
  const names = temporaryNames(target);
  try {
    await fill(names.temporary, write.data, like, fs);
  } catch (error) {
    await fs.rm(names.temporary, { force: true });
    throw await unwritableError(write.path, error, fs);
  }
  const replacement = { name: basename(write.path), target, temporary: names.temporary };
  // Renaming would give the other names of a hard-linked file the old content: write in place instead.
  if (existing !== undefined && existing.nlink > 1)
    return inPlaceReplacement({ ...replacement, backup: names.backup, path: write.path }, fs);
  return renamingReplacement(replacement, existing !== undefined && keepOld, fs);
}

function renamingReplacement(
  file: { name: string; target: string; temporary: string },
  keepOld: boolean,
  fs: WriteFs,
): Replacement {
  // The old file stays reachable under a second name (a hard link costs no space) until the write is done.
  const backup = keepOld ? temporaryNames(file.target).temporary : undefined;
  let committed = false;
  let keepBackup = false;
  return {
    name: file.name,
    backup,
    async commit() {
      if (backup !== undefined)
        await fs.link(file.target, backup).catch(() => fs.copyFile(file.target, backup));
      await fs.rename(file.temporary, file.target);
      committed = true;
      await syncDirectory(dirname(file.target), fs);
    },
    async undo() {
      if (!committed) return;
      if (backup === undefined) await fs.rm(file.target, { force: true });
      else
        await fs.rename(backup, file.target).catch((error: unknown) => {
          keepBackup = true;
          throw error;
        });
      await syncDirectory(dirname(file.target), fs);
    },
    async cleanup() {
      await fs.rm(file.temporary, { force: true });
      if (backup !== undefined && !keepBackup) await fs.rm(backup, { force: true });
    },
  };
}

/** Who owns a file and who may read and write it. */
type Look = Pick<Stats, "mode" | "uid" | "gid">;

/** A new file beside another takes its owner and read and write permissions, never its execute bits. */
async function siblingLook(path: string, fs: WriteFs): Promise<Look | undefined> {
  const stats = await statOrNothing(path, fs);
  return stats === undefined ? undefined : { uid: stats.uid, gid: stats.gid, mode: stats.mode & 0o666 };
}

/** The temporary file with its content, the old file's mode (never readable wider meanwhile) and owner, synced. */
async function fill(temporary: string, data: FileContent, like: Look | undefined, fs: WriteFs) {
  let handle: FileHandle = await fs.open(temporary, "wx", like === undefined ? 0o666 : 0o600);
  try {
    if (typeof data === "function") {
      await handle.close();
      await data(temporary);
      handle = await fs.open(temporary, "r+");
    } else if (Array.isArray(data)) await writePieces(handle, data);
    else await handle.writeFile(data as string | Uint8Array);
    if (like !== undefined) {
      if (mayChown(like)) await handle.chown(like.uid, like.gid).catch(ignorePermission);
      await handle.chmod(like.mode & 0o7777);
    }
    await handle.sync();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function writePieces(handle: FileHandle, pieces: readonly Uint8Array[]): Promise<void> {
  for (const piece of pieces) {
    // A write may take fewer bytes than asked (a signal, a full pipe): the rest follows.
    for (let at = 0; at < piece.length; )
      at += (await handle.write(piece, at, piece.length - at)).bytesWritten;
  }
}

/** Root may give a file to anyone; its owner may at least try for its group. */
function mayChown(like: Look): boolean {
  const uid = process.getuid?.();
  return uid === 0 || uid === like.uid;
}

function ignorePermission(error: unknown): void {
  if (errorCode(error) !== "EPERM" && errorCode(error) !== "EINVAL") throw error;
}

/**
 * Renaming over a read-only file works whenever its folder is writable, so the file's own
 * permission is checked first: the user made it read-only, and Tend respects that.
 */
async function refuseReadOnly(path: string, target: string, stats: Stats, fs: WriteFs) {
  if ((stats.mode & 0o222) === 0) throw readOnlyError(path);
  try {
    await fs.access(target, constants.W_OK);
  } catch (error) {
    if (errorCode(error) === "EACCES" || errorCode(error) === "EPERM") throw readOnlyError(path);
    throw await unwritableError(path, error, fs);
  }
}

async function statOrNothing(path: string, fs: WriteFs): Promise<Stats | undefined> {
  return fs.stat(path).catch((error: unknown) => {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  });
}

/** A rename is durable only once the folder listing is on disk too; not every system can sync a folder. */
export async function syncDirectory(dir: string, fs: WriteFs): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => undefined);
  if (handle === undefined) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
