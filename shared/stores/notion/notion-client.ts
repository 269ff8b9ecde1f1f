import { Client } from "@notionhq/client";
import type { RetryPolicy } from "../../net/retry.js";
import type { NotionConnection } from "./notion-config.js";
import { pacedFetch } from "./paced-fetch.js";
import { NOTION_RATE_LIMIT, type RateLimit, RequestRateLimiter } from "./request-rate-limiter.js";

export interface NotionClientOptions {
  rateLimit?: RateLimit;
  retry?: RetryPolicy;
  attemptTimeoutMs?: number;
}

/** Longer than every attempt and wait of `pacedFetch` together: the retries live there. */
const CLIENT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * The official client, pointed at `baseUrl`, with our paced, retrying fetch and its own retries
 * off (one retry policy, not two stacked). Its logger is silenced: it would print request
 * details to the console, and the CLI and the functions have their own output.
 */
export function createNotionClient(connection: NotionConnection, options: NotionClientOptions = {}): Client {
  const limiter = new RequestRateLimiter(options.rateLimit ?? NOTION_RATE_LIMIT);
  return new Client({
    auth: connection.token,
    ...(connection.baseUrl === undefined ? {} : { baseUrl: connection.baseUrl }),
    logger: () => {},
    retry: false,
    timeoutMs: CLIENT_TIMEOUT_MS,
    fetch: pacedFetch({
      limiter,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs: options.attemptTimeoutMs }),
    }),
  });
}
