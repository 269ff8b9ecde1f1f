import type { ProgressEvent, ProgressListener } from "../shared/run/progress.js";

/**
 * Progress as a sentence, with the time left estimated from the pace so far (Notion writes go
 * at about three a second, so 1,000 changed pages take five or six minutes).
 */
export function progressText(event: ProgressEvent, secondsLeft: number | undefined): string {
  if (event.phase === "read")
    return event.total === undefined
      ? `Reading contacts: ${event.done} so far`
      : `Read ${event.done} contact${event.done === 1 ? "" : "s"}`;
  const left =
    secondsLeft === undefined || event.done >= (event.total ?? 0)
      ? ""
      : `, about ${formatSeconds(secondsLeft)} left`;
  const doing = event.phase === "import" ? "Importing" : "Writing suggestions";
  return `${doing}: ${event.done} of ${event.total ?? "?"} contacts${left}`;
}

const MIN_ELAPSED_FOR_ESTIMATE_S = 1;

function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.round(seconds / 60)} min`;
}

/** A listener that adds the estimated time left to each event before passing it on as text. */
export function withTimeLeft(
  write: (text: string, event: ProgressEvent) => void,
  now: () => number = () => performance.now(),
): ProgressListener {
  let phase: ProgressEvent["phase"] | undefined;
  let startedAt = 0;
  return (event) => {
    if (event.phase !== phase) {
      phase = event.phase;
      startedAt = now();
    }
    const elapsed = (now() - startedAt) / 1000;
    // Under a second of history is too little to estimate from.
    const left =
      event.total === undefined || event.done === 0 || elapsed < MIN_ELAPSED_FOR_ESTIMATE_S
        ? undefined
        : (elapsed / event.done) * (event.total - event.done);
    write(progressText(event, left), event);
  };
}
