import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { TendError } from "../../errors/tend-error.js";
import { removeLeftovers } from "./leftovers.js";
import { processIsGone, temporaryNames } from "./temporary-files.js";
import { errorCode, NODE_FS, resolveTarget, type WriteFs } from "./write-fs.js";

/** A lock whose content is not a process id is someone's being made, unless it is this old. */
const UNREADABLE_LOCK_MS = 60_000;

/**
 * One run at a time per file: a lock file next to it (next to a symbolic link's target, which
 * is the file), holding the locking process's id from the moment it exists. A lock left by a run
 * that died is taken over. Files that Excel or LibreOffice keep while the workbook is open stop
 * the run too, since saving then would lose someone's edits. With the lock held, the temporary
 * files a dead run left are removed.
 */
export async function lockFile(path: string, fs: WriteFs = NODE_FS): Promise<() => Promise<void>> {
  const target = await resolveTarget(path, fs);
  await refuseIfOpenElsewhere(path);
  if (target !== path) await refuseIfOpenElsewhere(target);
  const lockPath = join(dirname(target), `.${basename(target)}.tend-lock`);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createLock(lockPath, path, fs)) {
      await removeLeftovers([dirname(path), dirname(target)], fs).catch(async (error: unknown) => {
        await fs.rm(lockPath, { force: true });
        throw error;
      });
      return () => unlock(lockPath, fs);
    }
    const holder = await lockHolder(lockPath, fs);
    if (holder === "gone") continue;
    if (holder === "alive" || !(await takeOver(lockPath, holder, fs))) throw busy(path, lockPath);
  }
  throw new TendError("busy", `Could not lock ${basename(path)}; try again`);
}

/**
 * The lock appears with its owner already written in it: a temporary file holding the pid is
 * hard-linked to the lock's name, which fails when the name is taken. On a disk without hard
 * links, an exclusive create then write; a run seeing it empty meanwhile leaves it alone.
 */
async function createLock(lockPath: string, path: string, fs: WriteFs): Promise<boolean> {
  const { temporary } = temporaryNames(lockPath);
  try {
    await fs.writeFile(temporary, `${process.pid}\n`, { flag: "wx" });
    await fs.link(temporary, lockPath);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") return false;
    if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS" || code === "EOPNOTSUPP")
      return createLockWithoutLinks(lockPath, path, fs);
    throw lockError(path, error);
  } finally {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}

async function createLockWithoutLinks(lockPath: string, path: string, fs: WriteFs): Promise<boolean> {
  try {
    await fs.writeFile(lockPath, `${process.pid}\n`, { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw lockError(path, error);
  }
}

/** Who holds the lock: a live process, one that is gone, or (unreadable content) the lock file's identity to judge by age. */
async function lockHolder(lockPath: string, fs: WriteFs): Promise<"alive" | "gone" | { ino: number }> {
  try {
    const [content, stats] = await Promise.all([fs.readFile(lockPath, "utf8"), fs.stat(lockPath)]);
    const pid = Number(content.split("\n")[0]?.trim());
    if (Number.isSafeInteger(pid) && pid > 0) return processIsGone(pid) ? { ino: stats.ino } : "alive";
    return Date.now() - stats.mtimeMs > UNREADABLE_LOCK_MS ? { ino: stats.ino } : "alive";
  } catch (error) {
    if (errorCode(error) === "ENOENT") return "gone";
    throw error;
  }
}

/**
 * Moves the dead run's lock aside, then checks it was that lock: if another run took it over
 * in between, its live lock is put back and this run stops.
 */
async function takeOver(lockPath: string, stale: { ino: number }, fs: WriteFs): Promise<boolean> {
  const aside = temporaryNames(lockPath).temporary;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return true;
    throw error;
  }
  const moved = await fs.stat(aside);
  if (moved.ino !== stale.ino) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.rm(aside, { force: true });
  return moved.ino === stale.ino;
}

/** Removes the lock only while it is this process's, never a run's that took it over. */
async function unlock(lockPath: string, fs: WriteFs): Promise<void> {
  const content = await fs.readFile(lockPath, "utf8").catch(() => "");
  if (content.split("\n")[0]?.trim() === String(process.pid)) await fs.rm(lockPath, { force: true });
}

function busy(path: string, lockPath: string): TendError {
  return new TendError(
    "busy",
    `${basename(path)} is being updated by another Tend run; try again when it has finished (or delete ${basename(lockPath)} if no run is going on)`,
  );
}

function lockError(path: string, error: unknown): TendError {
  const code = errorCode(error);
  if (code === "ENOENT")
    return new TendError("not-found", `${path} does not exist: check the path`, { cause: error });
  return new TendError(
    "no-access",
    `${path} cannot be locked for the run (${code}): check the folder's permissions`,
    { cause: error },
  );
}

async function refuseIfOpenElsewhere(path: string): Promise<void> {
  const name = basename(path);
  const owners = [join(dirname(path), `~$${name}`), join(dirname(path), `.~lock.${name}#`)];
  for (const owner of owners) {
    const exists = await access(owner, constants.F_OK).then(
      () => true,
      () => false,
    );
    if (exists) {
      throw new TendError(
        "busy",
        `${name} is open in a spreadsheet program (${basename(owner)} exists): close it there and run again`,
      );
    }
  }
}
