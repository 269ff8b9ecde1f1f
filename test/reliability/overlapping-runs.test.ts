import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import { createWorkbook } from "../../shared/stores/local/create-workbook.js";
import { readWorkbook } from "../support/read-workbook.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

async function tend(...args: string[]) {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text));
  return { code, output: lines.join("\n") };
}

describe("two runs on the same file at once (a Scheduler retry while the first still runs)", () => {
  it("lets one run write and stops the other with a clear message; nothing is written twice", async () => {
    const path = join(await tempDir(), "contacts.xlsx");
    await createWorkbook(path, {
      rows: [["Ana Silva", "linkedin.com/in/ana", "", "", "", "Worked together"]],
    });
    const results = await Promise.all([
      tend("run", "--source", path, "--today", "2026-11-25"),
      tend("run", "--source", path, "--today", "2026-11-25"),
    ]);
    const codes = results.map((result) => result.code).sort();
    expect(codes).toEqual([0, 1]);
    const stopped = results.find((result) => result.code === 1);
    expect(stopped?.output).toMatch(/being updated by another Tend run; try again when it has finished/);
    const workbook = await readWorkbook(path);
    expect(workbook.getWorksheet("Run log")?.actualRowCount).toBe(2);
  });

  it("takes over the lock of a run that died", async () => {
    const dir = await tempDir();
    const path = join(dir, "contacts.csv");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path, "Name\nAna\n");
    // A lock left by a process that no longer exists.
    await writeFile(join(dir, ".contacts.csv.tend-lock"), "999999999");
    expect((await tend("run", "--source", path)).code).toBe(0);
  });
});
