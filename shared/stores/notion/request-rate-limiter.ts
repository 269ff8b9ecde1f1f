/**
 * Notion allows "an average of three requests per second" per integration. A token bucket on
 * our side keeps every request (retries included) under that, so a run of thousands of writes
 * is paced rather than answered with 429s. No rate-limit package is installed; this is small.
 */
export interface RateLimit {
  requestsPerSecond: number;
  /** Requests that may go at once after a quiet spell. Kept at one second's worth: Notion allows
   * "some bursts" without saying how large, so we do not lean on them. */
  burst: number;
}

export const NOTION_RATE_LIMIT: RateLimit = { requestsPerSecond: 3, burst: 3 };

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class RequestRateLimiter {
  private tokens: number;
  private at: number;
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: RateLimit = NOTION_RATE_LIMIT,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: Sleep = realSleep,
  ) {
    this.tokens = limit.burst;
    this.at = now();
  }

  /** Resolves when one more request may be sent; waiting callers go in the order they asked. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.waitForToken());
    this.queue = turn;
    return turn;
  }

  /** The server said "Retry-After": nobody sends anything until then, not only the refused call. */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private async waitForToken(): Promise<void> {
    for (;;) {
      const now = this.now();
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now);
        continue;
      }
      this.tokens = Math.min(
        this.limit.burst,
        this.tokens + ((now - this.at) / 1000) * this.limit.requestsPerSecond,
      );
      this.at = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - this.tokens) / this.limit.requestsPerSecond) * 1000));
    }
  }
}
