/**
 * `npm run bench`: every benchmark case in its own Node process (so each peak memory is its
 * own), then one table for the README. `npm run bench -- --quick` skips the slow cases
 * (30,000 rows, the Sheets baseline, Notion against its 3-requests-a-second limit).
 */

import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { NODE_FLAGS, runCase as tsx } from "./case-process.js";
import type { Measurement } from "./measure.js";
import { againstExceljs, firstAndRerun } from "./whole-command.js";

const quick = process.argv.includes("--quick");
const dir = mkdtempSync(join(tmpdir(), "tend-bench-"));
const summaries: string[] = [];

// The whole command and the function's import run the compiled code: build it first.
execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });

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
      const untouched = join(dir, `whole-${count}.${kind}`);
      copyFileSync(path, untouched);
      const runs = [
        ...tsx("bench/case-local-file.ts", "run", path),
        ...tsx("bench/case-local-file.ts", "run", path),
      ];
      if (count < 10000) return runs;
      if (kind === "xlsx" && count === 10000) {
        const { measurements, summary } = againstExceljs(untouched, count);
        summaries.push(summary);
        return [...runs, ...measurements];
      }
      // The whole command as a user starts it, on a fresh copy, then again on the result.
      return [...runs, ...firstAndRerun(untouched, count)];
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
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${NODE_FLAGS.length ? ` ${NODE_FLAGS.join(" ")}` : ""}\n`,
);
console.log("| case | contacts | store | wall time | API calls | rows written | peak memory | note |");
console.log("|---|---:|---|---:|---:|---:|---:|---|");
for (const r of results) {
  const wall = r.seconds < 1 ? `${Math.round(r.seconds * 1000)} ms` : `${r.seconds.toFixed(2)} s`;
  const time = r.cpuSeconds === undefined ? wall : `${wall} (cpu ${r.cpuSeconds.toFixed(2)} s)`;
  console.log(
    `| ${r.case} | ${r.contacts ? r.contacts.toLocaleString("en-US") : ""} | ${r.store} | ${time} | ${cell(r.apiCalls)} | ${cell(r.writes)} | ${r.peakMemoryMb ? `${r.peakMemoryMb} MB` : ""} | ${r.note ?? ""} |`,
  );
}
for (const summary of summaries) console.log(`\n${summary}`);
