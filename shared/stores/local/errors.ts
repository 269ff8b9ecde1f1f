import { basename, dirname } from "node:path";
import { TendError } from "../../errors/tend-error.js";
import { errorCode, NODE_FS, type WriteFs } from "./write-fs.js";

/** What went wrong with a write and what the user can do, without the closing "nothing was written". */
export async function writeProblem(path: string, error: unknown, fs: WriteFs = NODE_FS): Promise<string> {
  const name = basename(path);
  const code = errorCode(error);
  if (code === "ENOSPC")
    return `${name} cannot be written: the disk is full${await freeSpace(dirname(path), fs)}: free some space and run again`;
  if (code === "EDQUOT")
    return `${name} cannot be written: the disk is full (your disk quota is used up): free some space and run again`;
  if (code === "EROFS")
    return `${name} is on a read-only disk: save a copy on a writable disk and run again on it`;
  if (code === "EACCES" || code === "EPERM")
    return `${name} cannot be written (${code}): check that you may write to it and to its folder ${dirname(path)}`;
  return `${name} cannot be written (${code ?? (error as Error).message}): check the disk and run again`;
}

/** A write that failed before the file was touched, as one sentence the user can act on. */
export async function unwritableError(
  path: string,
  error: unknown,
  fs: WriteFs = NODE_FS,
): Promise<TendError> {
  if (error instanceof TendError) return error;
  return new TendError("no-access", `${await writeProblem(path, error, fs)}; nothing was written`, {
    cause: error,
  });
}

/** For callers that write on their own: Tend's sentence for a failed write (Tend's own errors pass). */
export function unwritable(path: string): (error: unknown) => Promise<never> {
  return async (error) => {
    throw await unwritableError(path, error);
  };
}

export function readOnlyError(path: string): TendError {
  return new TendError(
    "no-access",
    `${basename(path)} is read-only: make it writable (or save a copy) and run again; nothing was written`,
  );
}

async function freeSpace(dir: string, fs: WriteFs): Promise<string> {
  try {
    const disk = await fs.statfs(dir);
    return ` (${formatBytes(disk.bavail * disk.bsize)} free)`;
  } catch {
    return "";
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
