import {
  chmod,
  chown,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomically } from "../../../shared/stores/local/atomic-write.js";
import { useTempDir } from "../../support/temp-dir.js";
import { recordingCreations, writesFail } from "./fs-shims.js";

const tempDir = useTempDir();
const isRoot = process.getuid?.() === 0;

async function contactsIn(dir: string, mode = 0o644): Promise<string> {
  const path = join(dir, "contacts.csv");
  await writeFile(path, "Name\nAna\n");
  await chmod(path, mode);
  return path;
}

describe("writeFileAtomically", () => {
  it.each([0o600, 0o640, 0o660, 0o444 | 0o200])("keeps the file's mode %o", async (mode) => {
    const path = await contactsIn(await tempDir(), mode);
    await writeFileAtomically(path, "Name\nBea\n");
    expect((await stat(path)).mode & 0o777).toBe(mode);
    expect(await readFile(path, "utf8")).toBe("Name\nBea\n");
  });

  it.runIf(isRoot)("keeps the file's owner and group when it may (run as root)", async () => {
    const path = await contactsIn(await tempDir(), 0o600);
    await chown(path, 1234, 5678);
    await writeFileAtomically(path, "Name\nBea\n");
    const after = await stat(path);
    expect([after.uid, after.gid]).toEqual([1234, 5678]);
  });

  it("refuses a read-only file in one sentence, before writing anything", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir, 0o444);
    await expect(writeFileAtomically(path, "Name\nBea\n")).rejects.toThrow(
      "contacts.csv is read-only: make it writable (or save a copy) and run again; nothing was written",
    );
    expect(await readFile(path, "utf8")).toBe("Name\nAna\n");
    expect(await readdir(dir)).toEqual(["contacts.csv"]);
  });

  it("writes through a symbolic link to its target, with the temporary file beside the target", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "real"));
    await mkdir(join(dir, "link"));
    const real = await contactsIn(join(dir, "real"), 0o600);
    const linked = join(dir, "link", "contacts.csv");
    await symlink(real, linked);
    const created: string[] = [];
    await writeFileAtomically(linked, "Name\nBea\n", recordingCreations(created));
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, "utf8")).toBe("Name\nBea\n");
    expect((await stat(real)).mode & 0o777).toBe(0o600);
    expect(created.map(dirname)).toEqual([join(dir, "real")]);
    expect(await readdir(join(dir, "real"))).toEqual(["contacts.csv"]);
    expect(await readdir(join(dir, "link"))).toEqual(["contacts.csv"]);
  });

  it("gives the new content to every name of a hard-linked file, in the same inode", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir, 0o600);
    const other = join(dir, "backup-of-contacts.csv");
    await link(path, other);
    const inode = (await stat(path)).ino;
    await writeFileAtomically(path, "Name\nBea\nCarla\n");
    expect(await readFile(other, "utf8")).toBe("Name\nBea\nCarla\n");
    expect(await readFile(path, "utf8")).toBe("Name\nBea\nCarla\n");
    expect((await stat(path)).ino).toBe(inode);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(["backup-of-contacts.csv", "contacts.csv"]);
  });

  it("writes a shorter content into a hard-linked file without leaving old bytes at its end", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    await link(path, join(dir, "other.csv"));
    await writeFileAtomically(path, "N\n");
    expect(await readFile(join(dir, "other.csv"), "utf8")).toBe("N\n");
  });

  it("puts a hard-linked file's old content back when writing into it fails midway", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    await link(path, join(dir, "other.csv"));
    const failingInPlace = writesFail("EIO", (opened, flags) => opened === path && flags === "r+", 1);
    await expect(writeFileAtomically(path, "Name\nBea\n", failingInPlace)).rejects.toThrow(
      "contacts.csv cannot be written (EIO): check the disk and run again; nothing was written",
    );
    expect(await readFile(join(dir, "other.csv"), "utf8")).toBe("Name\nAna\n");
    expect((await readdir(dir)).sort()).toEqual(["contacts.csv", "other.csv"]);
  });

  it("says where the old content is when a hard-linked file cannot be put back either", async () => {
    const dir = await tempDir();
    const path = await contactsIn(dir);
    await link(path, join(dir, "other.csv"));
    const failingInPlace = writesFail("EIO", (opened, flags) => opened === path && flags === "r+");
    const error = await writeFileAtomically(path, "Name\nBea\n", failingInPlace).catch((caught) => caught);
    expect(error.message).toMatch(
      /^contacts\.csv cannot be written \(EIO\): check the disk and run again; contacts\.csv was partly written and could not be put back \(EIO\): its previous content is in .*\.contacts\.csv\.\d+-[0-9a-f]+\.tend-backup$/,
    );
    const backup = (await readdir(dir)).find((name) => name.endsWith(".tend-backup")) ?? "";
    expect(await readFile(join(dir, backup), "utf8")).toBe("Name\nAna\n");
  });

  it("creates a new file with the usual permissions and no temporary file left", async () => {
    const dir = await tempDir();
    await writeFileAtomically(join(dir, "new.csv"), "Name\n");
    expect(await readdir(dir)).toEqual(["new.csv"]);
    expect((await stat(join(dir, "new.csv"))).mode & 0o002).toBe(0);
  });
});
