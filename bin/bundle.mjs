// Part of `npm run build` (after tsc): the CLI as a few bundled files in dist/cli/, so that
// `tend` loads a handful of modules instead of some 400 (Tend's own and zod's, luxon's,
// commander's...), which took a fifth of a second of every command. The packages that are big,
// CommonJS and needed only by some sources stay outside and are loaded when used.
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const OUT = "dist/cli";
const SOURCES = ["dist/functions", "dist/shared", "dist/config", "bin/bundle.mjs"];

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

// tsc -b leaves unchanged outputs alone, so an up-to-date bundle is newer than all of them.
const bundled = statSync(join(OUT, "main.js"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (bundled < newest(SOURCES)) {
  // Chunks are named by their content: without this, old ones would pile up.
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: ["dist/functions/cli/main.js", "dist/functions/cli/wrap-text.js"],
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["exceljs", "@googleapis/sheets", "@google-cloud/functions-framework"],
    // CommonJS packages inside an ES module bundle call require() for Node's own modules.
    banner: {
      js: 'import { createRequire as bundledRequire } from "node:module"; const require = bundledRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
}
