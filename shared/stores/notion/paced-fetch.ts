import {
  DEFAULT_RETRY,
  type RetryPolicy,
  type RetryVerdict,
  retryAfterMs,
  withRetries,
} from "../../net/retry.js";
import type { RequestRateLimiter } from "./request-rate-limiter.js";

/** Answers worth another try: rate limited, overloaded, a server or proxy error, a conflict
 * ("try again", says Notion). Anything else (400, 401, 404) will not change by retrying. */
const RETRIED_STATUSES: ReadonlySet<number> = new Set([409, 429, 500, 502, 503, 504, 529]);

/** One attempt gets this long; the client's own timeout is set beyond all attempts together. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;

export interface PacedFetchOptions {
  limiter: RequestRateLimiter;
  retry?: RetryPolicy;
  attemptTimeoutMs?: number;
  fetch?: typeof fetch;
}

type FetchInit = { body?: string | FormData; headers?: Record<string, string>; method?: string };

class RetryableAnswer extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}

/**
 * The fetch handed to @notionhq/client: every request, retries included, waits for the rate
 * limiter; 429/5xx answers, dropped connections and timeouts are retried with the server's
 * Retry-After or exponential backoff. Doing it here rather than around client calls covers the
 * client's own helpers (the paginated full query) too, and one policy replaces the client's,
 * which retries 5xx only for GET and never a dropped connection. Safe because every call Tend
 * makes to Notion is idempotent: reads, and writes of fixed values.
 */
export function pacedFetch(options: PacedFetchOptions) {
  const { limiter } = options;
  const send = options.fetch ?? fetch;
  const timeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const policy = options.retry ?? DEFAULT_RETRY;
  const classify = (error: unknown): RetryVerdict => {
    const verdict = retryVerdict(error);
    // A Retry-After holds back every request of this run, not only the refused one.
    if (verdict.afterMs !== undefined) limiter.pauseFor(Math.min(verdict.afterMs, policy.maxDelayMs));
    return verdict;
  };
  return async (url: string, init: FetchInit = {}): Promise<Response> => {
    const once = createsPage(url, init);
    const request: RequestInit = { signal: null };
    if (init.method !== undefined) request.method = init.method;
    if (init.headers !== undefined) request.headers = init.headers;
    if (init.body !== undefined) request.body = init.body;
    try {
      return await withRetries(
        async () => {
          await limiter.take();
          const response = await send(url, { ...request, signal: AbortSignal.timeout(timeoutMs) });
          if (!RETRIED_STATUSES.has(response.status)) return response;
          // Read the body now, so the connection is free and the last answer can still be handed back.
          const text = await response.text();
          throw new RetryableAnswer(
            new Response(text, { status: response.status, headers: response.headers }),
          );
        },
        once ? (error) => (notApplied(error) ? classify(error) : { retry: false }) : classify,
        policy,
      );
    } catch (error) {
      // Out of attempts: the client turns the last answer into its usual APIResponseError.
      if (error instanceof RetryableAnswer) return error.response;
      throw error;
    }
  };
}

/**
 * `pages.create` is the one call that is not idempotent: an attempt that got no clear answer (a
 * dropped connection, a timeout, a 5xx) may have created the page, and another try would create
 * it twice. It is retried only after answers Notion gives without doing anything (429, 409);
 * the import stops on the others and the next import adds what is still missing (notion-import.ts).
 */
function createsPage(url: string, init: FetchInit): boolean {
  return init.method?.toUpperCase() === "POST" && /\/v1\/pages\/?$/.test(new URL(url).pathname);
}

function notApplied(error: unknown): boolean {
  return error instanceof RetryableAnswer && [409, 429].includes(error.response.status);
}

function retryVerdict(error: unknown): RetryVerdict {
  if (error instanceof RetryableAnswer) {
    const afterMs = retryAfterMs(error.response.headers.get("retry-after"));
    return afterMs === undefined ? { retry: true } : { retry: true, afterMs };
  }
  // fetch reports a dropped connection as TypeError("fetch failed"). A refused connection or an
  // unknown host is a wrong NOTION_BASE_URL far more often than a passing fault: fail fast.
  if (isNetworkFailure(error)) return { retry: !NOT_THERE.has(causeCode(error) ?? "") };
  if (isTimeout(error)) return { retry: true };
  return { retry: false };
}

const NOT_THERE: ReadonlySet<string> = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/** What fetch throws when the request never got an answer (undici: TypeError "fetch failed"). */
export function isNetworkFailure(error: unknown): error is TypeError {
  return error instanceof TypeError && error.message === "fetch failed";
}

export function causeCode(error: Error): string | undefined {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
}
