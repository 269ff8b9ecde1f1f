import type { ContactStore } from "./ports.js";

/** Best effort: a store that can records the failure; a failure to record it is not reported over the first. */
export async function recordFailure(
  store: ContactStore,
  run: { started: Date; seconds: number; timeZone?: string },
  error: unknown,
): Promise<void> {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n").join(" ");
  await store
    .recordFailure?.({
      startedAt: run.started.toISOString(),
      source: store.description,
      contactsRead: 0,
      rowsChanged: 0,
      counts: {},
      problems: 0,
      durationSeconds: run.seconds,
      outcome: `failed: ${reason}`,
      ...(run.timeZone === undefined ? {} : { timeZone: run.timeZone }),
    })
    .catch(() => undefined);
}
