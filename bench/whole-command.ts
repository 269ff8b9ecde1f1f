import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { NODE_FLAGS, runCase } from "./case-process.js";
import { type Measurement, medianOf } from "./measure.js";

const GNU_TIME = "/usr/bin/time";

/**
 * `tend run` as a user starts it (bin/tend.js): a new process, module loading included. CPU time
 * and peak memory come from GNU time when the machine has it, else they are left blank.
 */
export function wholeCommand(path: string, count: number, which: string): Measurement {
  const dir = mkdtempSync(join(tmpdir(), "tend-whole-"));
  const timeFile = join(dir, "time.txt");
  const command = [process.execPath, ...NODE_FLAGS, "bin/tend.js", "run", "--source", path];
  command.push("--today", "2026-11-25");
  const withTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, ...command], { stdio: "ignore" })
    : spawnSync(command[0] as string, command.slice(1), { stdio: "ignore" });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`tend run on ${path} exited with ${result.status}`);
  const [kilobytes = 0, user = 0, system = 0] = withTime
    ? (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number)
    : [];
  rmSync(dir, { recursive: true, force: true });
  return {
    case: `the whole \`tend run\` command, ${which}`,
    contacts: count,
    store: extname(path),
    seconds,
    ...(withTime ? { cpuSeconds: user + system } : {}),
    peakMemoryMb: Math.round(kilobytes / 1024),
    note: "process start and module loading included",
  };
}

/** The median of each figure of repeated measurements of one case. */
function median(taken: readonly Measurement[]): Measurement {
  const [one] = taken;
  if (!one) throw new Error("no measurement taken");
  const cpu = taken.map((each) => each.cpuSeconds).filter((value) => value !== undefined);
  return {
    ...one,
    seconds: medianOf(taken.map((each) => each.seconds)),
    ...(cpu.length ? { cpuSeconds: medianOf(cpu) } : {}),
    peakMemoryMb: medianOf(taken.map((each) => each.peakMemoryMb)),
  };
}

const times = (tend: Measurement, yardstick: Measurement) =>
  `${(tend.seconds / yardstick.seconds).toFixed(2)}x in wall time` +
  (tend.cpuSeconds && yardstick.cpuSeconds
    ? `, ${(tend.cpuSeconds / yardstick.cpuSeconds).toFixed(2)}x in CPU time`
    : "");

/**
 * The whole command on a fresh copy of a workbook (first run, then an unchanged re-run), each
 * after exceljs alone has loaded and written the same file as it is at that moment, in the same
 * bench run; the median of `repeats`. The goal: the whole command in at most half of exceljs's
 * time. CPU time is printed too: on a busy machine it moves much less than wall time.
 */
export function againstExceljs(fresh: string, count: number, repeats = 3) {
  const work = `${fresh}.against-exceljs.xlsx`;
  const labels = ["first run (every row written)", "unchanged re-run"];
  const taken = labels.map(() => ({ yardstick: [] as Measurement[], tend: [] as Measurement[] }));
  for (let repeat = 0; repeat < repeats; repeat++) {
    copyFileSync(fresh, work);
    for (const [index, label] of labels.entries()) {
      taken[index]?.yardstick.push(...runCase("bench/case-exceljs.ts", work));
      taken[index]?.tend.push(wholeCommand(work, count, label));
    }
  }
  rmSync(work, { force: true });
  const measurements: Measurement[] = [];
  const ratios: string[] = [];
  for (const [index, label] of labels.entries()) {
    const yardstick = median(taken[index]?.yardstick ?? []);
    const tend = median(taken[index]?.tend ?? []);
    const which = label.split(" (")[0] ?? label;
    ratios.push(`${which} ${times(tend, yardstick)}`);
    measurements.push(
      { ...yardstick, case: `${yardstick.case}, before the ${which}`, note: `median of ${repeats}` },
      {
        ...tend,
        note: `${tend.note}, median of ${repeats}; ${times(tend, yardstick)} exceljs's load + write`,
      },
    );
  }
  const summary = `The whole \`tend run\` on ${count.toLocaleString("en-US")} contacts against exceljs's own load + write of the same file (goal at most 0.5x): ${ratios.join("; ")}.`;
  return { measurements, summary };
}

/**
 * The whole command on a fresh copy of `fresh` (first run), then again on its result (unchanged
 * re-run), `repeats` times: the median of each. One run alone moves by a tenth from run to run on
 * a shared machine.
 */
export function firstAndRerun(fresh: string, count: number, repeats = 3): Measurement[] {
  const work = `${fresh}.whole${extname(fresh)}`;
  const first: Measurement[] = [];
  const rerun: Measurement[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    copyFileSync(fresh, work);
    rmSync(runLogOf(work), { force: true });
    first.push(wholeCommand(work, count, "first run (every row written)"));
    rerun.push(wholeCommand(work, count, "unchanged re-run"));
  }
  rmSync(work, { force: true });
  rmSync(runLogOf(work), { force: true });
  return [first, rerun].map((taken) => {
    const middle = median(taken);
    return { ...middle, note: `${middle.note}, median of ${repeats}` };
  });
}

/** A CSV file's Run log beside it (shared/stores/local/csv-document.ts names it so). */
function runLogOf(path: string): string {
  return path.replace(/\.[^.]+$/, ".runlog.csv");
}
