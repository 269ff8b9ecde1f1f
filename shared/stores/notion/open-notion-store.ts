import { extractNotionId } from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../../net/retry.js";
import type { StoreOptions } from "../../run/progress.js";
import { type NotionSettings, notionConnection } from "./notion-config.js";

import { NotionStore } from "./notion-store.js";

export interface NotionStoreSettings extends NotionSettings {
  /** TEND_NOTION_SUMMARY_PAGE: the page that gets the morning summary. */
  summaryPage?: string | undefined;
  retry?: RetryPolicy | undefined;
}

/** The database, signed in with NOTION_TOKEN, at NOTION_BASE_URL when set. */
export function openNotionStore(
  databaseId: string,
  settings: NotionStoreSettings,
  options: StoreOptions = {},
): NotionStore {
  const summaryPageId = summaryPageFrom(settings.summaryPage);
  return new NotionStore({
    databaseId,
    connection: notionConnection(settings),
    retry: settings.retry ?? DEFAULT_RETRY,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    // A run that writes nothing takes no lease, so `tend status` works while a run is going.
    ...(options.readOnly === true ? { lease: false as const } : {}),
    ...(summaryPageId === undefined ? {} : { summaryPageId }),
  });
}

/** The page id in TEND_NOTION_SUMMARY_PAGE: an id, or the page's URL as "Copy link" gives it. */
export function summaryPageFrom(page: string | undefined): string | undefined {
  const value = page?.trim() ?? "";
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
