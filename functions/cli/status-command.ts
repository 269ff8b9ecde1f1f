import { runJob } from "../../shared/run/run-job.js";
import { parseToday } from "../../shared/run/today.js";
import type { TendConfig } from "../config.js";
import { storesFor } from "../open-store.js";
import { parseSourceRef } from "../parse-source.js";
import { formatSummary, terminalPaint } from "./print-summary.js";

export interface StatusCommandOptions {
  source: string;
  settings?: string;
  today?: string;
  json?: boolean;
}

/** `tend status`: today's list and the network's health, computed as a run would, without writing. */
export async function statusCommand(
  options: StatusCommandOptions,
  config: TendConfig,
  print: (text: string) => void,
): Promise<void> {
  const summary = await runJob({
    source: parseSourceRef(options.source),
    stores: storesFor(config.stores),
    settingsFiles: options.settings === undefined ? [] : [options.settings],
    ...(options.today === undefined ? {} : { today: parseToday(options.today) }),
    dryRun: true,
  });
  if (options.json) {
    const { source, today, contactsRead, counts, todayList, health, problems, warnings } = summary;
    print(
      JSON.stringify({ source, today, contactsRead, counts, todayList, health, problems, warnings }, null, 2),
    );
    return;
  }
  print(formatSummary(summary, { mode: "status", paint: terminalPaint(config.noColor) }));
}
