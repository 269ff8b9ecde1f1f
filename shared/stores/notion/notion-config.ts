import { TendError } from "../../errors/tend-error.js";

/** Where the Notion API is and how to sign in: read once from the environment (injectable for tests). */
export interface NotionConnection {
  token: string;
  /** The API root without a trailing slash (the client appends `/v1/...` itself). */
  baseUrl: string | undefined;
}

export function notionConnectionFromEnv(
  env: Record<string, string | undefined> = process.env,
): NotionConnection {
  const token = env.NOTION_TOKEN?.trim() ?? "";
  if (token === "") {
    throw new TendError(
      "invalid-setup",
      "NOTION_TOKEN is not set: create an internal integration at https://www.notion.so/profile/integrations, share the database with it, and set NOTION_TOKEN to its secret",
    );
  }
  const base = env.NOTION_BASE_URL?.trim() ?? "";
  if (base !== "" && !URL.canParse(base)) {
    throw new TendError(
      "invalid-setup",
      `NOTION_BASE_URL "${base}" is not a URL: use the API root, such as https://api.notion.com, or leave it unset`,
    );
  }
  return { token, baseUrl: base === "" ? undefined : base.replace(/\/+$/, "") };
}
