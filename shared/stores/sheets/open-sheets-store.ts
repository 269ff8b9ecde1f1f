import { TendError } from "../../errors/tend-error.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../../net/retry.js";
import { SheetsApi } from "./sheets-api.js";
import { spreadsheetIdOf } from "./sheets-source.js";
import { SheetsStore } from "./sheets-store.js";

/** `sheets:<id>` or a spreadsheet URL; SHEETS_API_ROOT_URL points the client at another API root. */
export function openSheetsStore(source: string, env: Record<string, string | undefined>): SheetsStore {
  const spreadsheetId = spreadsheetIdOf(source);
  if (spreadsheetId === undefined) {
    throw new TendError(
      "unreadable",
      `"${source}" does not name a spreadsheet: use sheets:<spreadsheet id> or the spreadsheet's URL`,
    );
  }
  const rootUrl = env.SHEETS_API_ROOT_URL?.trim();
  return new SheetsStore(
    new SheetsApi({ spreadsheetId, ...(rootUrl ? { rootUrl } : {}), retry: retryPolicyFrom(env) }),
  );
}

/** TEND_RETRY_ATTEMPTS: how many times a failing call is tried in all (default 5). */
export function retryPolicyFrom(env: Record<string, string | undefined>): RetryPolicy {
  const attempts = Number(env.TEND_RETRY_ATTEMPTS);
  return Number.isInteger(attempts) && attempts >= 1 ? { ...DEFAULT_RETRY, attempts } : DEFAULT_RETRY;
}
