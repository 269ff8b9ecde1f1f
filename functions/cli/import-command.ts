import { runJob } from "../../shared/run/run-job.js";
import { parseToday } from "../../shared/run/today.js";
import type { TendConfig } from "../config.js";
import { storesFor } from "../open-store.js";
import { parseSourceRef } from "../parse-source.js";
import { UsageError } from "./cli-errors.js";
import type { CliOutput } from "./cli-output.js";
import { formatBrief } from "./print-brief.js";
import { formatImportSummary } from "./print-import-summary.js";
import { terminalPaint } from "./print-summary.js";
import { type ProgressOutput, progressOutput } from "./progress-output.js";
import { statusHint } from "./run-command.js";
import { assertFolderExists, whereToLook } from "./source-place.js";

export interface ImportCommandOptions {
  source: string;
  settings?: string;
  today?: string;
  dryRun?: boolean;
  json?: boolean;
  run?: boolean;
}

/**
 * `tend import <path...>`: merges LinkedIn's export into the contacts table. It does not run
 * the rules unless `--run` is given: the report is easier to check on its own, and `tend run`
 * is the one command that writes suggestions.
 */
export async function importCommand(
  paths: string[],
  options: ImportCommandOptions,
  config: TendConfig,
  out: CliOutput,
  progress: ProgressOutput = progressOutput(),
): Promise<void> {
  if (options.run && options.dryRun) {
    throw new UsageError("--run cannot go with --dry-run: a dry run imports nothing to run on");
  }
  const today = options.today === undefined ? undefined : parseToday(options.today);
  const settingsFiles = options.settings === undefined ? [] : [options.settings];
  const source = parseSourceRef(options.source);
  await assertFolderExists(source);
  const stores = storesFor(config.stores);
  // Loaded when used: the export's reader (zip, CSV tables) is no part of the daily run's start.
  const { importLinkedInExport } = await import("../../shared/import/import-job.js");
  const summary = await importLinkedInExport({
    paths,
    source,
    stores,
    dryRun: options.dryRun === true,
    settingsFiles,
    ...(today === undefined ? {} : { today }),
    onProgress: progress.listener,
  }).finally(() => progress.stop());
  const run = options.run
    ? await runJob({
        source,
        stores,
        settingsFiles,
        ...(today === undefined ? {} : { today }),
        onProgress: progress.listener,
      }).finally(() => progress.stop())
    : undefined;
  if (options.json) {
    out.printRaw(JSON.stringify(run === undefined ? summary : { import: summary, run }, null, 2));
    return;
  }
  out.print(formatImportSummary(summary));
  if (run !== undefined) {
    const brief = formatBrief(run, {
      paint: terminalPaint(config.noColor),
      width: out.width,
      fullList: statusHint(out.command, options.source),
      whereToLook: whereToLook(source, options.source, false),
    });
    out.print(`\n${brief}`);
  } else if (!summary.dryRun)
    out.print(
      `\nNext: ${out.command} run --source ${options.source} to get the suggestions for the imported contacts.`,
    );
}
