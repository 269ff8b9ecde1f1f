import cliProgress from "cli-progress";
import { type ProgressListener, throttleProgress } from "../../shared/run/progress.js";
import { withTimeLeft } from "../progress-text.js";

/** Plain progress lines (no terminal) come at most this often. */
const PLAIN_LINE_INTERVAL_MS = 5_000;

export interface ProgressOutput {
  listener: ProgressListener;
  /** Ends the bar (also when the run failed half-way), so the next output starts on a clean line. */
  stop(): void;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * Progress of a long run on the command line. It goes to stderr, so stdout carries only the
 * summary (`--json` output stays valid JSON when piped). On a terminal: a bar with the count and
 * the time left, erased when done; otherwise a plain line every few seconds.
 */
export function progressOutput(stream: Stream = process.stderr): ProgressOutput {
  if (stream.isTTY !== true) {
    return {
      listener: throttleProgress(
        withTimeLeft((text) => stream.write(`${text}\n`)),
        PLAIN_LINE_INTERVAL_MS,
      ),
      stop: () => {},
    };
  }
  let bar: cliProgress.SingleBar | undefined;
  let phase: string | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const listener: ProgressListener = (event) => {
    if (event.phase !== phase) {
      stop();
      phase = event.phase;
      bar = new cliProgress.SingleBar(
        {
          stream,
          clearOnComplete: true,
          hideCursor: null,
          format:
            event.phase === "read"
              ? "Reading contacts: {value}"
              : `${event.phase === "import" ? "Importing" : "Writing suggestions"} [{bar}] {value}/{total} contacts | {eta_formatted} left`,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(event.total ?? 0, 0);
    }
    if (event.total !== undefined) bar?.setTotal(event.total);
    bar?.update(event.done);
    if (event.phase === "read" && event.total !== undefined) stop();
  };
  return { listener, stop };
}
