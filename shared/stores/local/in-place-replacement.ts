import { constants } from "node:fs";
import { TendError } from "../../errors/tend-error.js";
import { unwritableError, writeProblem } from "./errors.js";
import type { Replacement } from "./file-replacement.js";
import { errorCode, type WriteFs } from "./write-fs.js";

interface HardLinkedFile {
  name: string;
  /** As the user gave it, for messages. */
  path: string;
  target: string;
  /** Holds the new content, ready. */
  temporary: string;
  backup: string;
}

/**
 * A file with other names (hard links) is updated in place, so every name shows the new content:
 * renaming a new file over one name would leave the others on the old content, and refusing
 * would stop every run of a user who linked the file on purpose. The old bytes are copied to a
 * backup beside it first; a failed write is undone from it, and a crash leaves it for the next
 * run to check (see removeLeftovers). Documented in docs/reliability.md.
 */
export async function inPlaceReplacement(file: HardLinkedFile, fs: WriteFs): Promise<Replacement> {
  try {
    await fs.copyFile(file.target, file.backup, constants.COPYFILE_EXCL);
    await syncFile(file.backup, fs);
  } catch (error) {
    await fs.rm(file.backup, { force: true });
    await fs.rm(file.temporary, { force: true });
    throw await unwritableError(file.path, error, fs);
  }
  let started = false;
  let keepBackup = false;
  const restore = async () => {
    try {
      await copyInto(file.backup, file.target, fs);
    } catch (error) {
      keepBackup = true;
      throw error;
    }
  };
  return {
    name: file.name,
    backup: file.backup,
    async commit() {
      started = true;
      try {
        await copyInto(file.temporary, file.target, fs);
      } catch (error) {
        const problem = await writeProblem(file.path, error, fs);
        await restore().catch((restoreError: unknown) => {
          throw new TendError(
            "no-access",
            `${problem}; ${file.name} was partly written and could not be put back (${errorCode(restoreError)}): its previous content is in ${file.backup}`,
            { cause: error },
          );
        });
        throw error;
      }
    },
    async undo() {
      if (started) await restore();
    },
    async cleanup() {
      if (!keepBackup) await fs.rm(file.backup, { force: true });
      await fs.rm(file.temporary, { force: true });
    },
  };
}

const CHUNK = 1 << 20;

/** Overwrites `to`'s bytes with `from`'s in the same inode (its names, mode and owner stay), synced. */
export async function copyInto(from: string, to: string, fs: WriteFs): Promise<void> {
  const source = await fs.open(from, "r");
  try {
    const sink = await fs.open(to, "r+");
    try {
      const buffer = Buffer.alloc(CHUNK);
      let position = 0;
      for (;;) {
        const { bytesRead } = await source.read(buffer, 0, CHUNK, position);
        if (bytesRead === 0) break;
        let written = 0;
        while (written < bytesRead) {
          const { bytesWritten } = await sink.write(buffer, written, bytesRead - written, position + written);
          written += bytesWritten;
        }
        position += bytesRead;
      }
      await sink.truncate(position);
      await sink.sync();
    } finally {
      await sink.close();
    }
  } finally {
    await source.close();
  }
}

async function syncFile(path: string, fs: WriteFs): Promise<void> {
  const handle = await fs.open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
