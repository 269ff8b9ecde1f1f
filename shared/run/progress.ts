/**
 * How far a long load or save has got, for a progress bar or a log line. Stores that make one
 * call per row (Notion) report it; the engine never sees it, so it stays pure.
 */
export interface ProgressEvent {
  /** `import`: `tend import` writing input cells and adding contacts. */
  phase: "read" | "write" | "import";
  /** Rows read, or rows written, so far. */
  done: number;
  /** Rows to write; unknown while reading (the table's size is only known at the end). */
  total: number | undefined;
}

export type ProgressListener = (event: ProgressEvent) => void;

/** Options every store opener accepts. */
export interface StoreOptions {
  onProgress?: ProgressListener;
  /** The run will write nothing (a dry run, `tend status`): a store need not guard against other runs. */
  readOnly?: boolean;
}

/**
 * A listener that passes on the first and the last event of each phase, and at most one event
 * per `intervalMs` in between: a log line every few seconds, not one per row.
 */
export function throttleProgress(
  listener: ProgressListener,
  intervalMs: number,
  now: () => number = () => performance.now(),
): ProgressListener {
  let phase: ProgressEvent["phase"] | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  return (event) => {
    const at = now();
    const last = event.total !== undefined && event.done >= event.total;
    if (event.phase !== phase || last || at - lastAt >= intervalMs) {
      phase = event.phase;
      lastAt = at;
      listener(event);
    }
  };
}
