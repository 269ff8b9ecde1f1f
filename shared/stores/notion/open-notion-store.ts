import type { StoreOptions } from "../progress.js";
import { notionConnectionFromEnv } from "./notion-config.js";
import { notionDatabaseId } from "./notion-source.js";
import { NotionStore } from "./notion-store.js";

/** `notion:<database id or URL>`, signed in with NOTION_TOKEN, at NOTION_BASE_URL when set. */
export function openNotionStore(
  source: string,
  env: Record<string, string | undefined> = process.env,
  options: StoreOptions = {},
): NotionStore {
  const databaseId = notionDatabaseId(source);
  return new NotionStore({
    databaseId,
    connection: notionConnectionFromEnv(env),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
}
