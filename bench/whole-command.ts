import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_FLAGS, runCase } from "./case-process.js";
import type { Measurement } from "./measure.js";

const GNU_TIME = "/usr/bin/time";

/**
 * `tend run` as a user starts it (bin/tend.js): a new process, module loading included. Peak
 * memory comes from GNU time when the machine has it, else it is left blank.
 */
export function wholeCommand(path: string, count: number, which: string): Measurement {
  const dir = mkdtempSync(join(tmpdir(), "tend-whole-"));
  const timeFile = join(dir, "time.txt");
  const command = [
    process.execPath,
    ...NODE_FLAGS,
    "bin/tend.js",
    "run",
    "--source",
    path,
    "--today",
    "2026-11-25",
  ];
  const withTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ["-f", "%M", "-o", timeFile, ...command], { stdio: "ignore" })
    : spawnSync(command[0] as string, command.slice(1), { stdio: "ignore" });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`tend run on ${path} exited with ${result.status}`);
  const kilobytes = withTime ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : 0;
  rmSync(dir, { recursive: true, force: true });
  return {
    case: `the whole \`tend run\` command, ${which}`,
    contacts: count,
    store: ".xlsx",
    seconds,
    peakMemoryMb: Math.round(kilobytes / 1024),
    note: "process start and module loading included",
  };
}

/**
 * The whole command on a fresh workbook (first run, then an unchanged re-run), each next to
 * exceljs alone loading and writing the same file as it is at that moment, in the same bench run.
 * The goal: the whole command in at most half the time of exceljs's load and write.
 */
export function againstExceljs(
  path: string,
  count: number,
): { measurements: Measurement[]; summary: string } {
  const measurements: Measurement[] = [];
  const ratios: string[] = [];
  for (const which of ["first run (every row written)", "unchanged re-run"]) {
    const [yardstick] = runCase("bench/case-exceljs.ts", path);
    const tend = wholeCommand(path, count, which);
    if (!yardstick) throw new Error("bench/case-exceljs.ts printed no measurement");
    const ratio = `${(tend.seconds / yardstick.seconds).toFixed(2)}x`;
    ratios.push(`${which.split(" (")[0]} ${ratio}`);
    measurements.push(
      { ...yardstick, case: `${yardstick.case}, before the ${which.split(" (")[0]}` },
      { ...tend, note: `${tend.note}; ${ratio} exceljs's load + write (goal at most 0.5x)` },
    );
  }
  const summary = `The whole \`tend run\` on ${count.toLocaleString("en-US")} contacts against exceljs's own load + write of the same file: ${ratios.join(", ")} (goal at most 0.5x).`;
  return { measurements, summary };
}
