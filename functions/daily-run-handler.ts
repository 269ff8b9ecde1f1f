import type { RunSummary } from "../shared/run/daily-run.js";
import { throttleProgress } from "../shared/run/progress.js";
import { runJob } from "../shared/run/run-job.js";
import { parseToday } from "../shared/run/today.js";
import type { FunctionConfig } from "./config.js";
import type { LogLine } from "./log.js";
import { storesFor } from "./open-store.js";
import { withTimeLeft } from "./progress-text.js";
import type { RunRequest } from "./run-request.js";
import { allowedSource, ForbiddenSourceError } from "./source-guard.js";

const PROGRESS_LOG_INTERVAL_MS = 15_000;

/** What both functions do with a valid request: run the job, log one line, return the summary. */
export async function handleRun(
  request: RunRequest,
  config: FunctionConfig,
  log: LogLine,
): Promise<RunSummary> {
  let source: ReturnType<typeof allowedSource>;
  try {
    source = allowedSource(request.source, config);
  } catch (error) {
    // A refusal is not a failed run: the table was never opened.
    if (error instanceof ForbiddenSourceError) log("WARNING", `Tend refused a request: ${error.message}`);
    throw error;
  }
  const started = performance.now();
  try {
    const summary = await runJob({
      source,
      stores: storesFor(config.stores),
      settingsFiles: config.settingsFile === undefined ? [] : [config.settingsFile],
      ...(request.today === undefined ? {} : { today: parseToday(request.today) }),
      dryRun: request.dryRun === true,
      // A long Notion run writes about three pages a second: a progress line every 15 s shows it is alive.
      onProgress: throttleProgress(
        withTimeLeft((text, event) => log("INFO", `Tend progress: ${text}`, { ...event })),
        PROGRESS_LOG_INTERVAL_MS,
      ),
    });
    log("INFO", `Tend run done: ${summary.contactsRead} contacts, ${summary.rowsChanged} rows changed`, {
      contactsRead: summary.contactsRead,
      rowsChanged: summary.rowsChanged,
      problems: summary.problems.length,
      counts: summary.counts,
      dryRun: summary.dryRun,
      durationSeconds: roundSeconds(performance.now() - started),
    });
    return summary;
  } catch (error) {
    log("ERROR", `Tend run failed: ${error instanceof Error ? error.message : String(error)}`, {
      durationSeconds: roundSeconds(performance.now() - started),
    });
    throw error;
  }
}

function roundSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}
