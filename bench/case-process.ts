import { execFileSync } from "node:child_process";
import type { Measurement } from "./measure.js";

/**
 * Node flags for every benchmark process; `npm run bench -- --young-generation` adds the larger
 * young generation Tend used to run with, to compare (docs/speed.md).
 */
export const NODE_FLAGS = process.argv.includes("--young-generation")
  ? ["--max-semi-space-size=64", "--min-semi-space-size=64"]
  : [];

/** One benchmark case in its own Node process (so each peak memory is its own): its Measurements. */
export function runCase(script: string, ...args: string[]): Measurement[] {
  const output = execFileSync(process.execPath, [...NODE_FLAGS, "--import", "tsx", script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Measurement);
}
