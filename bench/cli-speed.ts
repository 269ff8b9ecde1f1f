/**
 * `npm run bench:cli [-- --runs 5]`: a `tend` command as a user starts it (a new Node process),
 * for each way of starting it: the TypeScript sources through tsx (how `npm start` ran until
 * November 2026) or the compiled dist/, each with and without a larger young generation. Every
 * figure (wall time, CPU time, peak memory) is the median of --runs runs; the variants take
 * turns, so the load of a busy machine falls on all of them alike. Needs GNU time
 * (/usr/bin/time) and a built dist/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { medianOf } from "./measure.js";

const YOUNG_GENERATION = ["--max-semi-space-size=64", "--min-semi-space-size=64"];
const VARIANTS: [string, string[]][] = [
  ["tsx", ["--import", "tsx", "functions/cli/main.ts"]],
  ["tsx + flags", [...YOUNG_GENERATION, "--import", "tsx", "functions/cli/main.ts"]],
  ["dist", ["dist/functions/cli/main.js"]],
  ["dist + flags", [...YOUNG_GENERATION, "dist/functions/cli/main.js"]],
];
const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const dir = mkdtempSync(join(tmpdir(), "tend-cli-speed-"));
const timeFile = join(dir, "time.txt");
const today = ["--today", "2026-11-25"];

interface Taken {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

/** One process: wall time, and CPU time and peak resident memory (kilobytes) as GNU time reports them. */
function measure(args: readonly string[]): Taken {
  const start = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", timeFile, process.execPath, ...args], {
    stdio: "ignore",
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}`);
  const [kilobytes, user, system] = (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "")
    .split(" ")
    .map(Number);
  return { seconds, cpuSeconds: (user ?? 0) + (system ?? 0), peakMb: Math.round((kilobytes ?? 0) / 1024) };
}

const sample = join(dir, "sample.xlsx");
const fresh = join(dir, "fresh-10k.xlsx");
const first = join(dir, "first-10k.xlsx");
const rerun = join(dir, "rerun-10k.xlsx");
process.stderr.write("preparing the sample and a 10,000-contact workbook...\n");
execFileSync(process.execPath, [
  "dist/functions/cli/main.js",
  "run",
  "--create-sample",
  "--source",
  sample,
  ...today,
]);
execFileSync(process.execPath, [
  "--import",
  "tsx",
  "bench/case-local-file.ts",
  "prepare",
  "xlsx",
  "10000",
  fresh,
]);
copyFileSync(fresh, rerun);
execFileSync(process.execPath, ["dist/functions/cli/main.js", "run", "--source", rerun, ...today]);

const CASES: { command: string; contacts: string; args: string[]; before?: () => void }[] = [
  { command: "tend --help", contacts: "", args: ["--help"] },
  { command: "tend status", contacts: "25 (sample)", args: ["status", "--source", sample, ...today] },
  { command: "tend run, unchanged", contacts: "25 (sample)", args: ["run", "--source", sample, ...today] },
  { command: "tend status", contacts: "10,000", args: ["status", "--source", rerun, ...today] },
  {
    command: "tend run, first run",
    contacts: "10,000",
    args: ["run", "--source", first, ...today],
    before: () => copyFileSync(fresh, first),
  },
  { command: "tend run, unchanged", contacts: "10,000", args: ["run", "--source", rerun, ...today] },
];

const format = ({ seconds, cpuSeconds, peakMb }: Taken) =>
  `${seconds.toFixed(2)} s (cpu ${cpuSeconds.toFixed(2)} s), ${peakMb} MB`;
const rows: string[] = [];
for (const { command, contacts, args, before } of CASES) {
  process.stderr.write(`${command} ${contacts}...\n`);
  const samples = VARIANTS.map(() => [] as Taken[]);
  for (let run = 0; run < runs; run++) {
    for (const [index, [, node]] of VARIANTS.entries()) {
      before?.();
      samples[index]?.push(measure([...node, ...args]));
    }
  }
  const cells = samples.map((taken) =>
    format({
      seconds: medianOf(taken.map((one) => one.seconds)),
      cpuSeconds: medianOf(taken.map((one) => one.cpuSeconds)),
      peakMb: medianOf(taken.map((one) => one.peakMb)),
    }),
  );
  rows.push(`| ${command} | ${contacts} | ${cells.join(" | ")} |`);
}
rmSync(dir, { recursive: true, force: true });

console.log(`${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, median of ${runs}\n`);
console.log(`| command | contacts | ${VARIANTS.map(([name]) => name).join(" | ")} |`);
console.log(`|---|---|${VARIANTS.map(() => "---:").join("|")}|`);
for (const row of rows) console.log(row);
