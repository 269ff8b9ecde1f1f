import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A script of this folder run in a Node process of its own, as a second Tend run would be. */
export function startScript(script: string, args: readonly string[]): ChildProcess {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return spawn(process.execPath, ["--import", "tsx", path, ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

/** Everything the process printed, once it has exited. */
export function outputOf(child: ChildProcess): Promise<string> {
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => child.on("close", () => resolve(output)));
}

/** Waits until the process prints `line`, then kills it outright, as a crash or `kill -9` would. */
export async function killWhenItSays(child: ChildProcess, line: string): Promise<void> {
  const closed = outputOf(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      if (String(chunk).includes(line)) resolve();
    });
    child.on("close", () => closed.then((output) => reject(new Error(`exited before "${line}": ${output}`))));
  });
  child.kill("SIGKILL");
  await closed;
}
