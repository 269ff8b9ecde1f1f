import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import type { RunSummary } from "../../shared/run/daily-run.js";
import { ACTIONS } from "../../shared/vocabulary/actions.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

async function tend(...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text));
  return { code, output: lines.join("\n") };
}

describe("tend run", () => {
  it("creates the sample workbook when it is missing, says so, and suggests every action of the vocabulary", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    const created = await tend("run", "--source", source, "--create-sample", "--today", "2026-11-25");
    expect(created.code).toBe(0);
    expect(created.output).toContain(`Created ${source} from the sample contacts`);
    const { output } = await tend("run", "--source", source, "--today", "2026-11-25", "--json");
    const summary = JSON.parse(output) as RunSummary;
    expect(Object.keys(summary.counts).sort()).toEqual([...ACTIONS].sort());
    expect(summary.rowsChanged).toBe(0);
  });

  it("prints counts per action, today's actions by priority and the rows to fix", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.csv");
    await writeFile(
      source,
      "Name,Relationship,Status,Requested on\nAna Silva,Worked together,,\nBo Chen,,Pendng,\nCy Diaz,,Request sent,2026-11-04\n",
    );
    const { code, output } = await tend("run", "--source", source, "--today", "2026-11-25", "--verbose");
    expect(code).toBe(0);
    expect(output).toContain("3 contacts, 3 rows changed");
    expect(output).toContain("Suggested actions\n  Connect 1 · Fix row 1 · Follow up 1");
    expect(output).toMatch(/High\s+Connect\s+Ana Silva\s+2026-11-25\s+2\n/);
    expect(output).toMatch(/High\s+Follow up\s+Cy Diaz\s+2026-11-25\s+4\n/);
    expect(output).toContain("Rows to fix (1)\n  row 3 (Bo Chen): Fix row:");
  });

  it("says what Done marks the run recorded", async () => {
    const source = join(await tempDir(), "contacts.csv");
    await writeFile(
      source,
      "Name,Relationship,Status,Requested on,Suggested action,Done\nAna Silva,Worked together,,,Connect,x\nBo Chen,,Request sent,2026-11-01,Follow up,2026-11-24\n",
    );
    const { output } = await tend("run", "--source", source, "--today", "2026-11-25");
    expect(output).toContain("Recorded 2 done: 1 request sent, 1 follow-up\n");
  });

  it("writes nothing with --dry-run and lists what would change", async () => {
    const source = join(await tempDir(), "contacts.csv");
    const original = "Name,Relationship\nAna Silva,Worked together\n";
    await writeFile(source, original);
    const { output } = await tend("run", "--source", source, "--dry-run", "--today", "2026-11-25");
    expect(output).toContain("row 2 Ana Silva: (blank) -> Connect");
    expect(await readFile(source, "utf8")).toBe(original);
  });

  it("reads settings and templates from a --settings file", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.csv");
    await writeFile(source, "Name,Relationship\nAna Silva,Worked together\n");
    const settings = join(dir, "settings.csv");
    await writeFile(
      settings,
      "Setting,Value\nMy name,Alex\n\nAction,Template\nConnect,Hi {first_name} - {my_name}\n",
    );
    await tend("run", "--source", source, "--settings", settings, "--today", "2026-11-25");
    expect(await readFile(source, "utf8")).toContain("Hi Ana - Alex");
  });

  it.each([
    [["run", "--source", "contacts.txt"], 2, "is not a source Tend can read"],
    [["run", "--today", "25/11/2026"], 2, "use YYYY-MM-DD"],
    [["frobnicate"], 2, "unknown command"],
    [["run", "--source", "/nonexistent/contacts.xlsx"], 1, "does not exist"],
  ])("exits with a clear message for tend %j", async (args, exitCode, message) => {
    const { code, output } = await tend(...args);
    expect(code).toBe(exitCode);
    expect(output).toContain(message);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("exits 1 with the setting named when a setting is invalid", async () => {
    const dir = await tempDir();
    const source = join(dir, "contacts.csv");
    await writeFile(source, "Name\nAna\n");
    const settings = join(dir, "settings.csv");
    await writeFile(settings, "Setting,Value\nTime zone,Mars/Olympus\n");
    const { code, output } = await tend("run", "--source", source, "--settings", settings);
    expect(code).toBe(1);
    expect(output).toContain('Setting "Time zone" is "Mars/Olympus": use an IANA time zone');
    expect(await readFile(source, "utf8")).toBe("Name\nAna\n");
  });

  it("runs as the tend command and returns its exit code", () => {
    const result = spawnSync(process.execPath, ["bin/tend.js", "run", "--source", "nope.txt"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("is not a source Tend can read");
  });
});
