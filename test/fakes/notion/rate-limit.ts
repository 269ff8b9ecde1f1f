/**
 * Notion's request limit: "an average of three requests per second" per integration token,
 * "some bursts beyond the average rate are allowed". A token bucket per token; a refused
 * request gets 429 `rate_limited` with `Retry-After` in whole seconds.
 */

export interface RateLimitOptions {
  /** Average rate (default 3). */
  requestsPerSecond?: number;
  /** Bucket size: how many requests may arrive at once (default 10). */
  burst?: number;
  /** Fixed Retry-After value in seconds; by default the seconds until a request would pass, rounded up (at least 1). */
  retryAfterSeconds?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly rate: number;
  private readonly burst: number;
  private readonly retryAfter: number | undefined;
  private readonly clock: () => number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(opts: RateLimitOptions = {}, clock: () => number = () => performance.now()) {
    this.rate = opts.requestsPerSecond ?? 3;
    this.burst = opts.burst ?? 10;
    this.retryAfter = opts.retryAfterSeconds;
    this.clock = clock;
  }

  /** Takes one request from `token`'s bucket. */
  take(token: string): RateDecision {
    const now = this.clock();
    const b = this.buckets.get(token) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    this.buckets.set(token, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    const wait = Math.max(1, Math.ceil((1 - b.tokens) / this.rate));
    return { ok: false, retryAfterSeconds: this.retryAfter ?? wait };
  }

  reset(): void {
    this.buckets.clear();
  }
}
