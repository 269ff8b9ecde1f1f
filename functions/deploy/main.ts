import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { DeployConfig, type DeployStep, deployPlan } from "../../shared/deploy/deploy-plan.js";
import { shellLine, shellScript } from "../../shared/deploy/shell-script.js";
import { resolveArgs, runStep, StepError } from "./run-step.js";

/**
 * `npm run deploy -- [--config config/deploy.json] [--dry-run]`: the gcloud commands that put
 * Tend on Cloud Functions with a daily Cloud Scheduler job. --dry-run prints them as a POSIX sh
 * script instead of running them.
 */
export async function deploy(
  argv: readonly string[],
  print: (text: string) => void = console.log,
): Promise<number> {
  const program = new Command("deploy")
    .option("--config <file>", "the deploy settings", "config/deploy.json")
    .option("--dry-run", "print the commands, run nothing")
    .exitOverride();
  try {
    program.parse([...argv], { from: "user" });
  } catch {
    return 2;
  }
  const options = program.opts<{ config: string; dryRun?: boolean }>();
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(options.config, "utf8"));
  } catch (error) {
    print(
      `Cannot read ${options.config} (${(error as Error).message}): copy config/deploy.example.json to ${options.config} and fill it in`,
    );
    return 1;
  }
  const parsed = DeployConfig.safeParse(raw);
  if (!parsed.success) {
    print(
      `${options.config} has problems:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`).join("\n")}`,
    );
    return 1;
  }
  const steps = deployPlan(parsed.data);
  if (options.dryRun) {
    print(
      shellScript(
        steps,
        `Tend on Cloud Functions in ${parsed.data.project}: save as deploy.sh, run sh deploy.sh`,
      ),
    );
    return 0;
  }
  return runPlan(steps, print);
}

async function runPlan(steps: readonly DeployStep[], print: (text: string) => void): Promise<number> {
  const captured = new Map<string, string>();
  for (const [index, step] of steps.entries()) {
    print(`# ${step.why}`);
    if (step.manual) {
      print(`#   (by hand) ${step.command.slice(1).join(" ")}`);
      continue;
    }
    try {
      const [program = "gcloud", ...args] = resolveArgs(step.command, captured);
      print(shellLine([program, ...args]));
      const output = await runStep(program, args, step.captureAs !== undefined);
      if (step.captureAs !== undefined) {
        if (output === "") throw new StepError(`${program} printed nothing to use as ${step.captureAs}`);
        captured.set(step.captureAs, output);
      }
    } catch (error) {
      if (!(error instanceof StepError)) throw error;
      print(
        `Deploy stopped at step ${index + 1} of ${steps.length} (${step.why}): ${error.message}; fix that, then run the remaining steps (npm run -s deploy -- --dry-run prints them all).`,
      );
      return 1;
    }
  }
  return 0;
}

if (process.argv[1]?.endsWith("deploy/main.ts") || process.argv[1]?.endsWith("deploy/main.js")) {
  deploy(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
