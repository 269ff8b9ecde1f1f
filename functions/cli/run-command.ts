import { access } from "node:fs/promises";
import { loadSample } from "../../config/sample.js";
import { runJob } from "../../shared/run/run-job.js";
import { parseToday, todayIn } from "../../shared/run/today.js";
import type { TendConfig } from "../config.js";
import { storesFor } from "../open-store.js";
import { parseSourceRef } from "../parse-source.js";
import type { CliOutput } from "./cli-output.js";
import { formatBrief } from "./print-brief.js";
import { formatSummary, terminalPaint } from "./print-summary.js";
import { type ProgressOutput, progressOutput } from "./progress-output.js";
import { assertFolderExists, whereToLook } from "./source-place.js";

export const DEFAULT_SOURCE = "./contacts.xlsx";

export interface RunCommandOptions {
  source: string;
  settings?: string;
  templates?: string;
  today?: string;
  dryRun?: boolean;
  json?: boolean;
  createSample?: boolean;
  verbose?: boolean;
}

export async function runCommand(
  options: RunCommandOptions,
  config: TendConfig,
  out: CliOutput,
  progress: ProgressOutput = progressOutput(),
): Promise<void> {
  const today = options.today === undefined ? undefined : parseToday(options.today);
  const ref = parseSourceRef(options.source);
  await assertFolderExists(ref);
  if (options.createSample && !(await exists(options.source))) {
    const sample = await loadSample(today ?? todayIn("UTC", new Date()));
    const { createWorkbook } = await import("../../shared/stores/local/create-workbook.js");
    await createWorkbook(options.source, sample);
    if (!options.json)
      out.print(`Created ${options.source} from the sample contacts (config/sample-contacts.csv).`);
  }
  const summary = await runJob({
    source: ref,
    stores: storesFor(config.stores),
    settingsFiles: [options.settings, options.templates].filter((file): file is string => file !== undefined),
    ...(today === undefined ? {} : { today }),
    dryRun: options.dryRun === true,
    onProgress: progress.listener,
  }).finally(() => progress.stop());
  if (options.json) {
    out.printRaw(JSON.stringify(summary, null, 2));
    return;
  }
  const paint = terminalPaint(config.noColor);
  const { width } = out;
  out.print(
    options.verbose
      ? formatSummary(summary, { mode: "run", paint, width })
      : formatBrief(summary, {
          paint,
          width,
          fullList: statusHint(out.command, options.source),
          whereToLook: whereToLook(ref, options.source, summary.dryRun),
        }),
  );
}

/** The command that lists everything, with the --source the person gave. */
export function statusHint(command: string, source: string): string {
  return source === DEFAULT_SOURCE ? `${command} status` : `${command} status --source ${source}`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
