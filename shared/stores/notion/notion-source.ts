import { extractNotionId } from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";

export const NOTION_PREFIX = "notion:";

export function isNotionSource(source: string): boolean {
  return source.toLowerCase().startsWith(NOTION_PREFIX);
}

/**
 * The database id of `notion:<id>`: a 32-hex id with or without dashes, or the database's URL
 * as copied from Notion (`https://www.notion.so/<workspace>/Contacts-<32 hex>?v=<view id>`,
 * where the path's id is the database and `v` is only the view).
 */
export function notionDatabaseId(source: string): string {
  const rest = isNotionSource(source) ? source.slice(NOTION_PREFIX.length).trim() : source.trim();
  const id = rest === "" ? null : extractNotionId(rest);
  if (id === null) {
    throw new TendError(
      "unreadable",
      `"${source}" does not name a Notion database: use notion:<database id> (32 hexadecimal characters) or notion:<the database's URL>`,
    );
  }
  return id;
}
