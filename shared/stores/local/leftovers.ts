import { basename } from "node:path";
import { TendError } from "../../errors/tend-error.js";
import { fingerprint } from "./file-fingerprint.js";
import { type Leftover, leftoverOf, processIsGone } from "./temporary-files.js";
import { errorCode, NODE_FS, type WriteFs } from "./write-fs.js";

/**
 * Removes the temporary files a Tend process that is gone (a crash, a kill) left in these
 * folders; another live run's files are never touched. A backup of a file that was being
 * written in place is removed only once the file is known whole (its old or its new content);
 * otherwise the run stops and says where the old content is.
 */
export async function removeLeftovers(dirs: Iterable<string>, fs: WriteFs = NODE_FS): Promise<void> {
  for (const dir of new Set(dirs)) {
    const entries = await fs.readdir(dir).catch(() => [] as string[]);
    const leftovers = entries
      .map((entry) => leftoverOf(dir, entry))
      .filter((found): found is Leftover => found !== undefined && processIsGone(found.pid));
    // Backups first: a backup's temporary file tells whether the write into the file finished.
    for (const backup of leftovers.filter((found) => found.kind === "backup")) await settleBackup(backup, fs);
    for (const temporary of leftovers.filter((found) => found.kind === "temporary"))
      await fs.rm(temporary.path, { force: true }).catch(() => undefined);
  }
}

async function settleBackup(backup: Leftover, fs: WriteFs): Promise<void> {
  const now = await contentOf(backup.target, fs);
  const before = await contentOf(backup.path, fs);
  const after = await contentOf(backup.partner, fs);
  if (now === undefined || (now !== before && now !== after)) {
    throw new TendError(
      "unreadable",
      `A Tend run stopped while writing ${basename(backup.target)}, which may be incomplete; its content from before is in ${backup.path}. Check ${basename(backup.target)} (copy that file over it if needed), then delete the copy and run again`,
    );
  }
  await fs.rm(backup.path, { force: true });
}

async function contentOf(path: string, fs: WriteFs): Promise<string | undefined> {
  try {
    return fingerprint(await fs.readFile(path));
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}
