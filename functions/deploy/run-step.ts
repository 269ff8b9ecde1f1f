import { spawn } from "node:child_process";
import type { DeployArg } from "../../shared/deploy/deploy-plan.js";

/** A step that could not finish; the message says why, in words that fit after "failed: ". */
export class StepError extends Error {}

/** Fills in each CapturedArg from what earlier steps printed. */
export function resolveArgs(command: readonly DeployArg[], captured: ReadonlyMap<string, string>): string[] {
  return command.map((arg) => {
    if (typeof arg === "string") return arg;
    const value = captured.get(arg.from);
    if (value === undefined) throw new StepError(`no earlier step found ${arg.from}`);
    return `${arg.prefix}${value}`;
  });
}

/**
 * Runs one program with an argument array, no shell, so nothing in an argument is expanded.
 * Standard input and errors stay the terminal's (gcloud asks for a secret on stdin); standard
 * output is returned, trimmed, when `capture` is set and shown otherwise.
 */
export function runStep(program: string, args: readonly string[], capture: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["inherit", capture ? "pipe" : "inherit", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new StepError(
          error.code === "ENOENT"
            ? `${program} is not on PATH (install the Google Cloud CLI: https://cloud.google.com/sdk/docs/install)`
            : `${program} could not start (${error.message})`,
        ),
      );
    });
    child.on("close", (code, signal) => {
      if (code === 0) resolve(Buffer.concat(chunks).toString("utf8").trim());
      else
        reject(
          new StepError(
            signal ? `${program} was stopped by ${signal}` : `${program} exited with code ${code}`,
          ),
        );
    });
  });
}
