/**
 * `npm run bench`: every benchmark case in its own Node process (so each peak memory is its
 * own), then one table for the README. `npm run bench -- --quick` skips the slow cases
 * (30,000 rows, the Sheets baseline, Notion against its 3-requests-a-second limit).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import type { Measurement } from "./measure.js";

/** The same young-generation size the CLI runs with (see bin/tend.js). */
export const NODE_FLAGS = ["--max-semi-space-size=64", "--min-semi-space-size=64"];
const quick = process.argv.includes("--quick");
const dir = mkdtempSync(join(tmpdir(), "tend-bench-"));

function tsx(script: string, ...args: string[]): Measurement[] {
  const output = execFileSync(process.execPath, [...NODE_FLAGS, "--import", "tsx", script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Measurement);
}

/** `tend run` as a user starts it: a new process, module loading and TypeScript included. */
function wholeCommand(path: string, count: number): Measurement {
  const start = performance.now();
  execFileSync(process.execPath, ["bin/tend.js", "run", "--source", path, "--today", "2026-11-25"], {
    stdio: "ignore",
  });
  const seconds = (performance.now() - start) / 1000;
  return {
    case: "the whole `tend run` command, unchanged re-run",
    contacts: count,
    store: ".xlsx",
    seconds,
    peakMemoryMb: 0,
    note: "process start and module loading included",
  };
}

const results: Measurement[] = [];
const section = (label: string, work: () => Measurement[]) => {
  process.stderr.write(`${label}...\n`);
  results.push(...work());
};

section("engine, 100,000 contacts", () => tsx("bench/case-engine.ts", "100000"));
for (const kind of ["xlsx", "csv"]) {
  for (const count of quick ? [1000, 10000] : [1000, 10000, 30000]) {
    section(`.${kind}, ${count} contacts`, () => {
      const path = join(dir, `contacts-${count}.${kind}`);
      tsx("bench/case-local-file.ts", "prepare", kind, String(count), path);
      const runs = [
        ...tsx("bench/case-local-file.ts", "run", path),
        ...tsx("bench/case-local-file.ts", "run", path),
      ];
      return kind === "xlsx" && count >= 10000 ? [...runs, wholeCommand(path, count)] : runs;
    });
  }
}
section("fake Google Sheets, 1,000 contacts", () => tsx("bench/case-sheets.ts", "1000", "--no-baseline"));
section("fake Google Sheets, 10,000 contacts", () => tsx("bench/case-sheets.ts", quick ? "2000" : "10000"));
if (!quick)
  section("fake Google Sheets, 30,000 contacts", () => tsx("bench/case-sheets.ts", "30000", "--no-baseline"));
if (!quick && existsSync("bench/case-notion.ts"))
  section("fake Notion, 1,000 pages", () => tsx("bench/case-notion.ts"));
if (existsSync("bench/case-import.ts")) section("LinkedIn import", () => tsx("bench/case-import.ts"));
section("function cold import", () => {
  execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  const times = Array.from({ length: 5 }, () =>
    Number(
      execFileSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          "const t=performance.now(); await import('./dist/functions/index.js'); console.log(performance.now()-t)",
        ],
        {
          encoding: "utf8",
        },
      ),
    ),
  ).sort((a, b) => a - b);
  return [
    {
      case: "import the function module (dist/functions/index.js), median of 5",
      contacts: 0,
      store: "-",
      seconds: (times[2] ?? 0) / 1000,
      peakMemoryMb: 0,
    },
  ];
});
rmSync(dir, { recursive: true, force: true });

const cell = (value: number | string | undefined) => (value === undefined ? "" : String(value));
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
console.log("| case | contacts | store | wall time | API calls | rows written | peak memory | note |");
console.log("|---|---:|---|---:|---:|---:|---:|---|");
for (const r of results) {
  const time = r.seconds < 1 ? `${Math.round(r.seconds * 1000)} ms` : `${r.seconds.toFixed(2)} s`;
  console.log(
    `| ${r.case} | ${r.contacts ? r.contacts.toLocaleString("en-US") : ""} | ${r.store} | ${time} | ${cell(r.apiCalls)} | ${cell(r.writes)} | ${r.peakMemoryMb ? `${r.peakMemoryMb} MB` : ""} | ${r.note ?? ""} |`,
  );
}
