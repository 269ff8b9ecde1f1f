import { access } from "node:fs/promises";
import { loadSample } from "../../config/sample.js";
import { runJob } from "../../shared/run/run-job.js";
import { parseToday, todayIn } from "../../shared/run/today.js";
import type { TendConfig } from "../config.js";
import { storesFor } from "../open-store.js";
import { parseSourceRef } from "../parse-source.js";
import { formatSummary, terminalPaint } from "./print-summary.js";
import { type ProgressOutput, progressOutput } from "./progress-output.js";

export interface RunCommandOptions {
  source: string;
  settings?: string;
  templates?: string;
  today?: string;
  dryRun?: boolean;
  json?: boolean;
  createSample?: boolean;
}

export async function runCommand(
  options: RunCommandOptions,
  config: TendConfig,
  print: (text: string) => void,
  progress: ProgressOutput = progressOutput(),
): Promise<void> {
  const today = options.today === undefined ? undefined : parseToday(options.today);
  if (options.createSample && !(await exists(options.source))) {
    const sample = await loadSample(today ?? todayIn("UTC", new Date()));
    const { createWorkbook } = await import("../../shared/stores/local/create-workbook.js");
    await createWorkbook(options.source, sample);
    if (!options.json)
      print(
        `Created ${options.source} from the sample contacts (config/sample-contacts.csv): open it to see Tend's suggestions.\n`,
      );
  }
  const summary = await runJob({
    source: parseSourceRef(options.source),
    stores: storesFor(config.stores),
    settingsFiles: [options.settings, options.templates].filter((file): file is string => file !== undefined),
    ...(today === undefined ? {} : { today }),
    dryRun: options.dryRun === true,
    onProgress: progress.listener,
  }).finally(() => progress.stop());
  print(
    options.json
      ? JSON.stringify(summary, null, 2)
      : formatSummary(summary, { mode: "run", paint: terminalPaint(config.noColor) }),
  );
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
