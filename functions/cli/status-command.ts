import { runJob } from "../../shared/run/run-job.js";
import { parseToday } from "../../shared/run/today.js";
import type { TendConfig } from "../config.js";
import { storesFor } from "../open-store.js";
import { parseSourceRef } from "../parse-source.js";
import type { CliOutput } from "./cli-output.js";
import { formatSummary, terminalPaint } from "./print-summary.js";
import { assertFolderExists } from "./source-place.js";

export interface StatusCommandOptions {
  source: string;
  settings?: string;
  today?: string;
  json?: boolean;
}

/**
 * `tend status`: the full list and the network's health, computed as a run would. It writes
 * nothing, so it opens the table read-only: it works while the workbook is open in Excel.
 */
export async function statusCommand(
  options: StatusCommandOptions,
  config: TendConfig,
  out: CliOutput,
): Promise<void> {
  const source = parseSourceRef(options.source);
  await assertFolderExists(source);
  const summary = await runJob({
    source,
    stores: storesFor(config.stores),
    settingsFiles: options.settings === undefined ? [] : [options.settings],
    ...(options.today === undefined ? {} : { today: parseToday(options.today) }),
    dryRun: true,
  });
  if (options.json) {
    const { source, today, contactsRead, counts, todayList, health, problems, warnings } = summary;
    out.printRaw(
      JSON.stringify({ source, today, contactsRead, counts, todayList, health, problems, warnings }, null, 2),
    );
    return;
  }
  out.print(
    formatSummary(summary, { mode: "status", paint: terminalPaint(config.noColor), width: out.width }),
  );
}
