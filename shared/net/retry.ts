/**
 * Retries a call that failed for a reason worth retrying (429, 5xx, a dropped connection, a
 * timeout), waiting as long as the server's Retry-After asks, else with exponential backoff
 * and jitter. Hand-written on purpose: p-retry and gaxios both use their own delays and
 * cannot wait exactly what the server asked for.
 */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Tests shorten the waits; production waits what the server says. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 60_000 };

export interface RetryVerdict {
  retry: boolean;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  afterMs?: number;
}

export async function withRetries<T>(
  call: () => Promise<T>,
  classify: (error: unknown) => RetryVerdict,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (attempt: number, waitMs: number, error: unknown) => void,
): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || attempt >= policy.attempts) throw error;
      const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
      const waitMs = Math.min(policy.maxDelayMs, verdict.afterMs ?? backoff);
      onRetry?.(attempt, waitMs, error);
      await sleep(waitMs);
    }
  }
}

/** Retry-After as seconds or as an HTTP date. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
