import { chmod, lstat, readdir, readFile, stat, symlink } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkbook } from "../../../shared/stores/local/create-workbook.js";
import { useTempDir } from "../../support/temp-dir.js";
import { tend } from "./tend-cli.js";

const tempDir = useTempDir();

async function workbookIn(dir: string): Promise<string> {
  const path = join(dir, "contacts.xlsx");
  await createWorkbook(path, { rows: [["Ana Silva", "linkedin.com/in/ana", "", "", "", "Worked together"]] });
  return path;
}

describe("tend run on a workbook", () => {
  it("refuses a read-only workbook and leaves its bytes as they were", async () => {
    const dir = await tempDir();
    const path = await workbookIn(dir);
    await chmod(path, 0o444);
    const before = await readFile(path);
    const result = await tend("run", "--source", path, "--today", "2026-11-25");
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      "contacts.xlsx is read-only: make it writable (or save a copy) and run again; nothing was written",
    );
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(["contacts.xlsx"]);
  });

  it("keeps a private workbook private and a linked workbook linked", async () => {
    const dir = await tempDir();
    const path = await workbookIn(dir);
    await chmod(path, 0o600);
    const linked = join(dir, "linked.xlsx");
    await symlink(path, linked);
    const before = await readFile(path);
    expect((await tend("run", "--source", linked, "--today", "2026-11-25")).code).toBe(0);
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect((await readFile(path)).equals(before)).toBe(false);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(["contacts.xlsx", "linked.xlsx"]);
  });
});
