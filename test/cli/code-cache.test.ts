import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: bin/ is plain JavaScript without types
import { loadBundle } from "../../bin/code-cache.mjs";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

async function bundleFile(): Promise<string> {
  const file = join(await tempDir(), "bundle.cjs");
  writeFileSync(file, 'exports.greet = (name) => "Hello " + name;\nexports.here = __filename;\n');
  return file;
}

describe("loadBundle (bin/code-cache.mjs)", () => {
  it("loads a CommonJS bundle as require would", async () => {
    const file = await bundleFile();
    const { exports, usedCache } = loadBundle(file);
    expect(usedCache).toBe(false);
    expect(exports.greet("Ana")).toBe("Hello Ana");
    expect(exports.here).toBe(file);
  });

  it("writes a code cache that the next load uses", async () => {
    const file = await bundleFile();
    loadBundle(file).saveCodeCache();
    expect(existsSync(`${file}.cache`)).toBe(true);
    expect(readFileSync(`${file}.cache`).length).toBeGreaterThan(0);
    const again = loadBundle(file);
    expect(again.usedCache).toBe(true);
    expect(again.exports.greet("Bo")).toBe("Hello Bo");
  });

  it("ignores a cache V8 cannot use (made by another Node, or damaged)", async () => {
    const file = await bundleFile();
    writeFileSync(`${file}.cache`, "not a code cache");
    const loaded = loadBundle(file);
    expect(loaded.usedCache).toBe(false);
    expect(loaded.exports.greet("Cy")).toBe("Hello Cy");
  });
});
