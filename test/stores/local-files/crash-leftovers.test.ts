import { link, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockFile } from "../../../shared/stores/local/file-lock.js";
import { useTempDir } from "../../support/temp-dir.js";
import { killWhenItSays, startScript } from "./child-process.js";
import { tend } from "./tend-cli.js";

const tempDir = useTempDir();

async function contactsIn(dir: string): Promise<string> {
  const path = join(dir, "contacts.csv");
  await writeFile(path, "Name\nAna\n");
  return path;
}

/** A Tend write in its own process, killed at `stage` (see write-then-hang.ts). */
async function killedWhileWriting(path: string, stage: string): Promise<void> {
  await killWhenItSays(startScript("write-then-hang.ts", [path, stage, "Name\nBea\nCarla\n"]), "writing");
}

const leftovers = async (dir: string) => (await readdir(dir)).filter((name) => name.includes(".tend-"));

describe("a run killed while writing", () => {
  it("leaves the file as it was and a temporary file that the next run removes", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    await killedWhileWriting(path, "temporary");
    expect(await readFile(path, "utf8")).toBe("Name\nAna\n");
    expect(await leftovers(dir)).toEqual([
      expect.stringMatching(/^\.contacts\.csv\.\d+-[0-9a-f]{8}\.tend-tmp$/),
    ]);
    expect((await tend("run", "--source", path, "--today", "2026-11-25")).code).toBe(0);
    expect(await leftovers(dir)).toEqual([]);
  });

  it("never removes the temporary file of a run that is still going", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    const live = `.contacts.csv.${process.pid}-0123abcd.tend-tmp`;
    await writeFile(join(dir, live), "Name\nhalf");
    const unlock = await lockFile(path);
    await unlock();
    expect(await leftovers(dir)).toEqual([live]);
  });

  it("removes a hard-linked file's backup when it was killed before writing into the file", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    await link(path, join(dir, "other.csv"));
    await killedWhileWriting(path, "in-place-before");
    expect((await leftovers(dir)).length).toBe(2);
    const unlock = await lockFile(path);
    await unlock();
    expect(await leftovers(dir)).toEqual([]);
    expect(await readFile(join(dir, "other.csv"), "utf8")).toBe("Name\nAna\n");
  });

  it("stops the next run and says where the old content is when it was killed midway into a hard-linked file", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    await link(path, join(dir, "other.csv"));
    await killedWhileWriting(path, "in-place");
    const backup = (await leftovers(dir)).find((name) => name.endsWith(".tend-backup")) ?? "";
    const result = await tend("run", "--source", path, "--today", "2026-11-25");
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `A Tend run stopped while writing contacts.csv, which may be incomplete; its content from before is in ${join(dir, backup)}. Check contacts.csv (copy that file over it if needed), then delete the copy and run again`,
    );
    expect(await readFile(join(dir, backup), "utf8")).toBe("Name\nAna\n");
    // Once the user has dealt with it, runs go on.
    await writeFile(path, "Name\nAna\n");
    await rm(join(dir, backup));
    expect((await tend("run", "--source", path, "--today", "2026-11-25")).code).toBe(0);
    expect(await leftovers(dir)).toEqual([]);
  });
});
