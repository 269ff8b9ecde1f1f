// Part of `npm run build` (after tsc): the CLI as one bundled file, dist/cli/tend.cjs, and its V8
// code cache (bin/code-cache.mjs says why), so that `tend` loads one file instead of some 400
// modules (Tend's own and zod's, luxon's, commander's...) and compiles almost nothing. The
// packages that are big, CommonJS and needed only by some sources stay outside, loaded when used.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { loadBundle } from "./code-cache.mjs";

const OUT = "dist/cli";
const BUNDLE = resolve(OUT, "tend.cjs");
// What the bundle is made of: the compiled code, these scripts, and the installed packages
// (npm rewrites node_modules/.package-lock.json on every install).
const SOURCES = [
  "dist/functions",
  "dist/shared",
  "dist/config",
  "bin/bundle.mjs",
  "bin/code-cache.mjs",
  "node_modules/.package-lock.json",
];

/** The newest modification time under these paths (0 when one is missing). */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (!stat.isDirectory()) latest = Math.max(latest, stat.mtimeMs);
    else latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return latest;
}

/** Runs the commands a user runs most on the sample, so that the code cache holds their code. */
async function warmUp(main) {
  const dir = mkdtempSync(join(tmpdir(), "tend-warm-up-"));
  const quiet = () => {};
  try {
    for (const file of ["contacts.xlsx", "contacts.csv"]) {
      const source = join(dir, file);
      const day = ["--today", "2026-11-25"];
      await main(["run", "--create-sample", "--source", source, ...day], quiet, {}, 80);
      await main(["run", "--source", source, ...day], quiet, {}, 80);
      await main(["status", "--source", source, ...day], quiet, {}, 80);
    }
    await main(["--help"], quiet, {}, 80);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// tsc -b leaves unchanged outputs alone, so an up-to-date bundle is newer than all of them.
const bundled = statSync(`${BUNDLE}.cache`, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (bundled < newest(SOURCES)) {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    stdin: {
      contents:
        'export { main } from "./dist/functions/cli/main.js";\nexport { outputWidth } from "./dist/functions/cli/wrap-text.js";\n',
      resolveDir: ".",
      sourcefile: "tend-cli.js",
    },
    outfile: BUNDLE,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // iconv-lite (half a megabyte of code pages) is loaded only for a Windows-1252 CSV file.
    external: ["exceljs", "@googleapis/sheets", "@google-cloud/functions-framework", "iconv-lite"],
    // Modules that find files next to themselves (config/sample.ts) ask import.meta.url.
    define: { "import.meta.url": "bundleUrl" },
    banner: { js: 'const bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });
  const { exports, saveCodeCache } = loadBundle(BUNDLE);
  try {
    await warmUp(exports.main);
  } catch (error) {
    // The cache only saves time: a build that cannot warm up still works, a little slower.
    console.warn(`bin/bundle.mjs: the warm-up run failed (${error.message}); the code cache is partial`);
  }
  saveCodeCache();
}
