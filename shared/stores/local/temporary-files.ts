import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

const TEMPORARY = ".tend-tmp";
const BACKUP = ".tend-backup";

/** A temporary file and a backup beside `target`, sharing one stem so a later run can pair them. */
export interface TemporaryNames {
  temporary: string;
  backup: string;
}

/**
 * `.<name>.<pid>-<random>.tend-tmp`: hidden, recognisable as Tend's, and saying which process
 * made it, so a later run removes only what a process that is gone left behind.
 */
export function temporaryNames(target: string): TemporaryNames {
  const stem = `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}`;
  return {
    temporary: join(dirname(target), stem + TEMPORARY),
    backup: join(dirname(target), stem + BACKUP),
  };
}

export interface Leftover {
  kind: "temporary" | "backup";
  /** The file it was made for, in the same folder. */
  target: string;
  path: string;
  /** The other file of the pair (the backup's temporary, or the temporary's backup). */
  partner: string;
  pid: number;
}

const NAME = /^\.(.+)\.(\d+)-([0-9a-f]+)\.tend-(tmp|backup)$/;

/** What a directory entry is, when it is one of Tend's temporary files. */
export function leftoverOf(dir: string, entry: string): Leftover | undefined {
  const match = NAME.exec(entry);
  if (match === null) return undefined;
  const [, name = "", pid = "", random = "", suffix] = match;
  const stem = join(dir, `.${name}.${pid}-${random}`);
  const kind = suffix === "backup" ? "backup" : "temporary";
  return {
    kind,
    target: join(dir, name),
    path: join(dir, entry),
    partner: stem + (kind === "backup" ? TEMPORARY : BACKUP),
    pid: Number(pid),
  };
}

/** True only when no process has this id (one that exists but is another user's is alive). */
export function processIsGone(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
