import { readdir, readFile, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockFile } from "../../../shared/stores/local/file-lock.js";
import { useTempDir } from "../../support/temp-dir.js";
import { outputOf, startScript } from "./child-process.js";

const tempDir = useTempDir();
const BUSY = "contacts.csv is being updated by another Tend run; try again when it has finished";

async function contactsIn(dir: string): Promise<{ path: string; lock: string }> {
  const path = join(dir, "contacts.csv");
  await writeFile(path, "Name\nAna\n");
  return { path, lock: join(dir, ".contacts.csv.tend-lock") };
}

describe(lockFile, () => {
  it("lets exactly one of two processes starting at the same moment hold the lock; the other says busy", async () => {
    const { path } = await contactsIn(await tempDir());
    const startAt = String(Date.now() + 3000);
    const outputs = await Promise.all(
      [0, 1].map(() => outputOf(startScript("lock-racer.ts", [path, startAt, "5000"]))),
    );
    const lines = outputs.map((output) => output.trim()).sort();
    expect(lines).toEqual([expect.stringContaining(BUSY), "locked"]);
  });

  it("lets exactly one of many lockers in one process hold the lock", async () => {
    const { path } = await contactsIn(await tempDir());
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => lockFile(path)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results)
      if (result.status === "rejected") expect((result.reason as Error).message).toContain(BUSY);
  });

  it("holds the owner's process id and leaves no temporary file", async () => {
    const dir = await tempDir();
    const { path, lock } = await contactsIn(dir);
    const unlock = await lockFile(path);
    expect(await readFile(lock, "utf8")).toBe(`${process.pid}\n`);
    expect((await readdir(dir)).sort()).toEqual([".contacts.csv.tend-lock", "contacts.csv"]);
    await unlock();
    expect(await readdir(dir)).toEqual(["contacts.csv"]);
  });

  it.each([
    ["empty", ""],
    ["not a process id", "garbage"],
  ])(
    "does not take over a lock whose content is %s while it is younger than a minute",
    async (_, content) => {
      const { path, lock } = await contactsIn(await tempDir());
      await writeFile(lock, content);
      await expect(lockFile(path)).rejects.toThrow(BUSY);
      expect(await readFile(lock, "utf8")).toBe(content);
    },
  );

  it("takes over a lock with unreadable content once it is older than a minute", async () => {
    const { path, lock } = await contactsIn(await tempDir());
    await writeFile(lock, "");
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await utimes(lock, twoMinutesAgo, twoMinutesAgo);
    const unlock = await lockFile(path);
    expect(await readFile(lock, "utf8")).toBe(`${process.pid}\n`);
    await unlock();
  });

  it("does not remove, on unlocking, a lock another run holds now", async () => {
    const { path, lock } = await contactsIn(await tempDir());
    const unlock = await lockFile(path);
    await writeFile(lock, "1\n");
    await unlock();
    expect(await readFile(lock, "utf8")).toBe("1\n");
  });

  it("locks the file a symbolic link names, so a run through the link and one through the file exclude each other", async () => {
    const dir = await tempDir();
    const { path } = await contactsIn(dir);
    await symlink(path, join(dir, "linked.csv"));
    const unlock = await lockFile(join(dir, "linked.csv"));
    await expect(lockFile(path)).rejects.toThrow(BUSY);
    await unlock();
  });
});
