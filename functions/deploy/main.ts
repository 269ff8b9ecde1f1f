import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { DeployConfig, deployPlan, shellLine } from "../../shared/deploy/deploy-plan.js";

/**
 * `npm run deploy -- [--config config/deploy.json] [--dry-run]`: the gcloud commands that put
 * Tend on Cloud Functions with a daily Cloud Scheduler job. --dry-run prints them only.
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
  for (const step of deployPlan(parsed.data)) {
    print(`# ${step.why}`);
    if (step.manual) {
      print(`#   (by hand) ${step.command.slice(1).join(" ")}`);
      continue;
    }
    print(shellLine(step.command));
    if (options.dryRun) continue;
    const result = spawnSync("bash", ["-c", shellLine(step.command)], { stdio: "inherit" });
    if (result.status !== 0) {
      print(
        `That step failed (exit ${result.status}); fix it and run npm run deploy again (finished steps may say "already exists").`,
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
