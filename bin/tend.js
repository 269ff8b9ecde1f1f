#!/usr/bin/env node
// The `tend` command: runs the TypeScript CLI through tsx, so no build step is needed.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(
  process.execPath,
  // A larger young generation: a run allocates mostly long-lived row objects (see README, Speed).
  [
    "--max-semi-space-size=64",
    "--min-semi-space-size=64",
    "--import",
    "tsx",
    join(root, "functions/cli/main.ts"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
