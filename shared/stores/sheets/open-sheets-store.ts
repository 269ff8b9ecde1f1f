import { DEFAULT_RETRY, type RetryPolicy } from "../../net/retry.js";
import { SheetsApi } from "./sheets-api.js";
import { SheetsStore } from "./sheets-store.js";

export interface SheetsConnection {
  /** SHEETS_API_ROOT_URL: another API root (a proxy, or the tests' fake server). */
  rootUrl?: string | undefined;
  retry?: RetryPolicy | undefined;
}

export function openSheetsStore(spreadsheetId: string, connection: SheetsConnection): SheetsStore {
  const { rootUrl, retry = DEFAULT_RETRY } = connection;
  return new SheetsStore(new SheetsApi({ spreadsheetId, ...(rootUrl ? { rootUrl } : {}), retry }));
}
