import { constants } from "node:fs";
import { access, open, readFile, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { TendError } from "../../errors/tend-error.js";

/**
 * One run at a time per file: a lock file created exclusively next to it. A lock left by a
 * run that died (its process is gone) is taken over. Files that Excel or LibreOffice keep
 * while the workbook is open stop the run too, since saving then would lose someone's edits.
 */
export async function lockFile(path: string): Promise<() => Promise<void>> {
  await refuseIfOpenElsewhere(path);
  const lockPath = join(dirname(path), `.${basename(path)}.tend-lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT")
        throw new TendError("not-found", `${path} does not exist: check the path`, { cause: error });
      if (code !== "EEXIST")
        throw new TendError(
          "no-access",
          `${path} cannot be locked for the run (${code}): check the folder's permissions`,
          { cause: error },
        );
      if (!(await holderIsGone(lockPath))) {
        throw new TendError(
          "busy",
          `${basename(path)} is being updated by another Tend run; try again when it has finished (or delete ${basename(lockPath)} if no run is going on)`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new TendError("busy", `Could not lock ${basename(path)}; try again`);
}

async function holderIsGone(lockPath: string): Promise<boolean> {
  const pid = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
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
