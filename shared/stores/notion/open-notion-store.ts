import { extractNotionId } from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../../net/retry.js";
import type { StoreOptions } from "../progress.js";
import { notionConnectionFromEnv } from "./notion-config.js";
import { notionDatabaseId } from "./notion-source.js";
import { NotionStore } from "./notion-store.js";

/**
 * `notion:<database id or URL>`, signed in with NOTION_TOKEN, at NOTION_BASE_URL when set.
 * TEND_NOTION_SUMMARY_PAGE names the page that gets the morning summary; TEND_RETRY_ATTEMPTS
 * how many times a failing call is tried in all (default 5), as for Google Sheets.
 */
export function openNotionStore(
  source: string,
  env: Record<string, string | undefined> = process.env,
  options: StoreOptions = {},
): NotionStore {
  const databaseId = notionDatabaseId(source);
  const summaryPageId = summaryPageFrom(env);
  return new NotionStore({
    databaseId,
    connection: notionConnectionFromEnv(env),
    retry: retryPolicyFrom(env),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    // A run that writes nothing takes no lease, so `tend status` works while a run is going.
    ...(options.readOnly === true ? { lease: false as const } : {}),
    ...(summaryPageId === undefined ? {} : { summaryPageId }),
  });
}

/** The page id in TEND_NOTION_SUMMARY_PAGE: an id, or the page's URL as "Copy link" gives it. */
export function summaryPageFrom(env: Record<string, string | undefined>): string | undefined {
  const value = env.TEND_NOTION_SUMMARY_PAGE?.trim() ?? "";
  if (value === "") return undefined;
  const id = extractNotionId(value);
  if (id === null) {
    throw new TendError(
      "invalid-setup",
      `TEND_NOTION_SUMMARY_PAGE "${value}" does not name a Notion page: use the page's id (32 hexadecimal characters) or its URL (••• > Copy link), or leave it unset`,
    );
  }
  return id;
}

function retryPolicyFrom(env: Record<string, string | undefined>): RetryPolicy {
  const attempts = Number(env.TEND_RETRY_ATTEMPTS);
  return Number.isInteger(attempts) && attempts >= 1 ? { ...DEFAULT_RETRY, attempts } : DEFAULT_RETRY;
}
