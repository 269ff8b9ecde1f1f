import { link, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomically } from "../../../shared/stores/local/atomic-write.js";
import { useTempDir } from "../../support/temp-dir.js";
import { writesFail } from "./fs-shims.js";
import { canMountSmallDisk, mountSmallDisk } from "./small-disk.js";

const tempDir = useTempDir();
const FULL =
  /^contacts\.csv cannot be written: the disk is full \(\d[\d.]* (bytes|KB|MB|GB|TB) free\): free some space and run again; nothing was written$/;

/** Runs `body` on a folder that is a 64 KB disk of its own. */
async function onSmallDisk(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = join(await tempDir(), "disk");
  await mkdir(dir);
  const unmount = mountSmallDisk(dir);
  if (unmount === undefined) throw new Error("could not mount a small disk");
  try {
    await body(dir);
  } finally {
    unmount();
  }
}

describe("writeFileAtomically on a full disk", () => {
  it.runIf(canMountSmallDisk)(
    "says the disk is full and how much is free, and leaves the file and no temporary file",
    async () => {
      await onSmallDisk(async (dir) => {
        const path = join(dir, "contacts.csv");
        await writeFile(path, "Name\nAna\n");
        const error = await writeFileAtomically(path, "x".repeat(200_000)).catch((caught) => caught);
        expect(error.message).toMatch(FULL);
        expect(await readFile(path, "utf8")).toBe("Name\nAna\n");
        expect(await readdir(dir)).toEqual(["contacts.csv"]);
      });
    },
  );

  it.runIf(canMountSmallDisk)(
    "leaves a hard-linked file whole when its new content and backup do not fit",
    async () => {
      await onSmallDisk(async (dir) => {
        const path = join(dir, "contacts.csv");
        await writeFile(path, "x".repeat(30_000));
        await link(path, join(dir, "other.csv"));
        const error = await writeFileAtomically(path, "y".repeat(30_000)).catch((caught) => caught);
        expect(error.message).toMatch(FULL);
        expect(await readFile(join(dir, "other.csv"), "utf8")).toBe("x".repeat(30_000));
        expect((await readdir(dir)).sort()).toEqual(["contacts.csv", "other.csv"]);
      });
    },
  );

  it.each([
    ["ENOSPC", FULL],
    [
      "EDQUOT",
      /^contacts\.csv cannot be written: the disk is full \(your disk quota is used up\): free some space and run again; nothing was written$/,
    ],
  ])("explains %s midway through the temporary file, which is removed", async (code, message) => {
    const dir = await tempDir();
    const path = join(dir, "contacts.csv");
    await writeFile(path, "Name\nAna\n");
    const filling = writesFail(code, (opened) => opened.endsWith(".tend-tmp"));
    const error = await writeFileAtomically(path, "Name\nBea\n", filling).catch((caught) => caught);
    expect(error.message).toMatch(message);
    expect(await readFile(path, "utf8")).toBe("Name\nAna\n");
    expect(await readdir(dir)).toEqual(["contacts.csv"]);
  });
});
