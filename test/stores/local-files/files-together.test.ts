import { chmod, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilesTogether } from "../../../shared/stores/local/atomic-write.js";
import type { WriteFs } from "../../../shared/stores/local/write-fs.js";
import { useTempDir } from "../../support/temp-dir.js";
import { renamesFail, systemError } from "./fs-shims.js";
import { tend } from "./tend-cli.js";

const tempDir = useTempDir();

async function pair(dir: string, runLog: string | undefined) {
  const contacts = join(dir, "contacts.csv");
  const log = join(dir, "contacts.runlog.csv");
  await writeFile(contacts, "Name\nAna\n");
  if (runLog !== undefined) await writeFile(log, runLog);
  return { contacts, log };
}

describe(writeFilesTogether, () => {
  it("puts the first file back when the second cannot be renamed into place, and says so", async () => {
    const dir = await tempDir();
    const { contacts, log } = await pair(dir, "Run at\n2026-11-24\n");
    const refused = renamesFail("EACCES", (to) => to === log);
    const writes = [
      { path: contacts, data: "Name\nBea\n" },
      { path: log, data: "Run at\n2026-11-25\n" },
    ];
    await expect(writeFilesTogether(writes, refused)).rejects.toThrow(
      `contacts.runlog.csv cannot be written (EACCES): check that you may write to it and to its folder ${dir}; contacts.csv was put back as before, so nothing was written`,
    );
    expect(await readFile(contacts, "utf8")).toBe("Name\nAna\n");
    expect(await readFile(log, "utf8")).toBe("Run at\n2026-11-24\n");
    expect((await readdir(dir)).sort()).toEqual(["contacts.csv", "contacts.runlog.csv"]);
  });

  it("removes a second file it created when a later one fails", async () => {
    const dir = await tempDir();
    const { contacts, log } = await pair(dir, undefined);
    const refused = renamesFail("EIO", (to) => to === contacts);
    const writes = [
      { path: log, data: "Run at\n" },
      { path: contacts, data: "Name\nBea\n" },
    ];
    await expect(writeFilesTogether(writes, refused)).rejects.toThrow(/nothing was written$/);
    expect(await readdir(dir)).toEqual(["contacts.csv"]);
  });

  it("says where the old content is when the first file cannot be put back either", async () => {
    const dir = await tempDir();
    const { contacts, log } = await pair(dir, "Run at\n");
    const nodeFs = await import("node:fs/promises");
    const stuck: WriteFs = {
      ...nodeFs,
      // The Run log cannot be renamed into place, nor the old contacts back.
      rename: async (from, to) => {
        const puttingBack = to === contacts && (await readFile(from, "utf8")) === "Name\nAna\n";
        if (to === log || puttingBack) throw systemError("EIO", "rename");
        return nodeFs.rename(from, to);
      },
    };
    const writes = [
      { path: contacts, data: "Name\nBea\n" },
      { path: log, data: "Run at\nnow\n" },
    ];
    const error = await writeFilesTogether(writes, stuck).catch((caught) => caught);
    expect(error.message).toMatch(
      /contacts\.csv was already updated and could not be put back \(EIO\): its previous content is in .*\/\.contacts\.csv\.\d+-[0-9a-f]+\.tend-tmp$/,
    );
    const kept = (await readdir(dir)).find((name) => name.endsWith(".tend-tmp")) ?? "";
    expect(await readFile(join(dir, kept), "utf8")).toBe("Name\nAna\n");
  });
});

describe("a CSV run and its Run log", () => {
  it("writes neither the contacts nor the Run log when the Run log is read-only", async () => {
    const dir = await tempDir();
    const { contacts, log } = await pair(dir, "");
    await tend("run", "--source", contacts, "--today", "2026-11-24");
    const [before, logBefore] = [await readFile(contacts, "utf8"), await readFile(log, "utf8")];
    await chmod(log, 0o444);
    await writeFile(contacts, `${before}Bea\n`);
    const result = await tend("run", "--source", contacts, "--today", "2026-11-25");
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      "contacts.runlog.csv is read-only: make it writable (or save a copy) and run again; nothing was written",
    );
    expect(await readFile(contacts, "utf8")).toBe(`${before}Bea\n`);
    expect(await readFile(log, "utf8")).toBe(logBefore);
  });

  it("creates the Run log of private contacts private too", async () => {
    const dir = await tempDir();
    const { contacts, log } = await pair(dir, undefined);
    await chmod(contacts, 0o600);
    expect((await tend("run", "--source", contacts, "--today", "2026-11-25")).code).toBe(0);
    expect((await stat(log)).mode & 0o777).toBe(0o600);
    expect((await stat(contacts)).mode & 0o777).toBe(0o600);
  });
});
