#!/usr/bin/env node
// The `tend` command: the compiled CLI, bundled into one file with its code cache (both made by
// `npm install` or `npm run build`), in this process. No loader, no second process.
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.mjs";

const bundle = fileURLToPath(new URL("../dist/cli/tend.cjs", import.meta.url));
let cli;
try {
  cli = loadBundle(bundle).exports;
} catch (error) {
  if (error?.code !== "ENOENT") throw error;
  console.error(`Tend is not built or not installed (${error.message}): run npm install in its folder.`);
  process.exit(1);
}
// As functions/cli/main.ts does when started directly: wrapped at the terminal's width (80 piped).
process.exitCode = await cli.main(process.argv.slice(2), console.log, process.env, cli.outputWidth());
