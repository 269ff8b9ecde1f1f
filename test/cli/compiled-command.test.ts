import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

// bin/tend.js runs the compiled dist/ that `npm install` (prepare) and `npm test` (pretest) build.
describe("the tend command (bin/tend.js, compiled)", () => {
  it("creates the sample workbook from config/ although the code runs from dist/", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    const result = spawnSync(
      process.execPath,
      ["bin/tend.js", "run", "--create-sample", "--source", source, "--today", "2026-11-25"],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // Piped, lines wrap at 80 columns: compare the words, not where the lines break.
    const words = result.stdout.replace(/\s+/g, " ");
    expect(words).toContain(`Created ${source} from the sample contacts`);
    expect(words).toContain("26 contacts, 26 rows changed");
  });

  it("wraps its output at 80 columns when piped, as main.ts started directly does", async () => {
    const source = join(await tempDir(), "contacts.xlsx");
    const args = ["run", "--create-sample", "--source", source, "--today", "2026-11-25"];
    const result = spawnSync(process.execPath, ["bin/tend.js", ...args], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(Math.max(...result.stdout.split("\n").map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it.each(["--help", "status --help"])("prints the usage for tend %s and exits 0", (args) => {
    const result = spawnSync(process.execPath, ["bin/tend.js", ...args.split(" ")], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: tend");
  });
});
