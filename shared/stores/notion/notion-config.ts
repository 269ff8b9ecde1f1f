import { TendError } from "../../errors/tend-error.js";

/** Where the Notion API is and how to sign in. */
export interface NotionConnection {
  token: string;
  /** The API root without a trailing slash (the client appends `/v1/...` itself). */
  baseUrl: string | undefined;
}

/** NOTION_TOKEN and NOTION_BASE_URL as configured: checked when a Notion source is used, not before. */
export interface NotionSettings {
  token?: string | undefined;
  baseUrl?: string | undefined;
}

export function notionConnection(settings: NotionSettings): NotionConnection {
  const token = settings.token?.trim() ?? "";
  if (token === "") {
    throw new TendError(
      "invalid-setup",
      "NOTION_TOKEN is not set: create an internal integration at https://www.notion.so/profile/integrations, share the database with it, and set NOTION_TOKEN to its secret",
    );
  }
  const base = settings.baseUrl?.trim() ?? "";
  if (base !== "" && !URL.canParse(base)) {
    throw new TendError(
      "invalid-setup",
      `NOTION_BASE_URL "${base}" is not a URL: use the API root, such as https://api.notion.com, or leave it unset`,
    );
  }
  return { token, baseUrl: base === "" ? undefined : base.replace(/\/+$/, "") };
}
