import { auth, sheets, type sheets_v4 } from "@googleapis/sheets";
import { DEFAULT_RETRY, type RetryPolicy, withRetries } from "../../net/retry.js";
import { classifySheetsFailure, explainSheetsFailure } from "./sheets-errors.js";

export const SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";
export const DEFAULT_SHEETS_TIMEOUT_MS = 30_000;

export interface SheetsApiOptions {
  spreadsheetId: string;
  /** SHEETS_API_ROOT_URL: another API root, for proxies and tests. */
  rootUrl?: string;
  retry?: RetryPolicy;
  timeoutMs?: number;
  /** Called once per HTTP call, for the call count in the Run log and the benchmarks. */
  onCall?: (name: string) => void;
  /** Bytes above which a values write is split in several calls; MAX_WRITE_BYTES by default. */
  maxWriteBytes?: number;
}

/**
 * The Sheets client with Application Default Credentials, every call retried by `withRetries`
 * (429 and 5xx, honouring Retry-After; gaxios' own retries are off since they ignore it) and
 * every failure turned into a TendError that says what to do.
 */
export class SheetsApi {
  readonly client: sheets_v4.Sheets;
  private readonly googleAuth = new auth.GoogleAuth({ scopes: [SHEETS_SCOPE] });
  calls = 0;

  constructor(readonly options: SheetsApiOptions) {
    this.client = sheets({
      version: "v4",
      auth: this.googleAuth,
      ...(options.rootUrl === undefined ? {} : { rootUrl: withSlash(options.rootUrl) }),
      retry: false,
      timeout: options.timeoutMs ?? DEFAULT_SHEETS_TIMEOUT_MS,
    });
  }

  async call<T>(name: string, request: () => Promise<{ data: T }>): Promise<T> {
    try {
      const response = await withRetries(
        () => {
          this.calls++;
          this.options.onCall?.(name);
          return request();
        },
        classifySheetsFailure,
        this.options.retry ?? DEFAULT_RETRY,
      );
      return response.data;
    } catch (error) {
      throw explainSheetsFailure(error, this.options.spreadsheetId, await this.serviceAccount());
    }
  }

  /** The e-mail to share the sheet with, when the credentials tell it. */
  private async serviceAccount(): Promise<string | undefined> {
    try {
      return (await this.googleAuth.getCredentials()).client_email ?? undefined;
    } catch {
      return undefined;
    }
  }
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
