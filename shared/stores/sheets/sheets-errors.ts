import { type RetryVerdict, retryAfterMs } from "../../net/retry.js";

/** The call to Google failed, or the sheet changed under the run: the message says what to do. */
export class SheetsError extends Error {
  constructor(
    readonly code:
      | "SHEETS_FORBIDDEN"
      | "SHEETS_NOT_FOUND"
      | "SHEETS_UNAVAILABLE"
      | "SHEETS_REJECTED"
      | "SHEETS_CHANGED"
      | "SHEETS_OVERLAP"
      | "SHEETS_AUTH",
    message: string,
  ) {
    super(message);
  }
}

interface HttpFailure {
  status?: number;
  response?: { status?: number; headers?: unknown; data?: unknown };
  code?: string;
  message?: string;
}

function statusOf(error: unknown): number | undefined {
  const failure = error as HttpFailure;
  return failure?.response?.status ?? (typeof failure?.status === "number" ? failure.status : undefined);
}

function header(error: unknown, name: string): string | undefined {
  const headers = (error as HttpFailure)?.response?.headers;
  if (headers === undefined || headers === null) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value =
    (headers as Record<string, unknown>)[name] ?? (headers as Record<string, unknown>)[name.toLowerCase()];
  return typeof value === "string" ? value : undefined;
}

/** 429 and 5xx, dropped connections and timeouts are worth another try; the rest is not. */
export function classifySheetsFailure(error: unknown): RetryVerdict {
  const status = statusOf(error);
  if (status === 429 || (status !== undefined && status >= 500)) {
    const afterMs = retryAfterMs(header(error, "retry-after"));
    return afterMs === undefined ? { retry: true } : { retry: true, afterMs };
  }
  if (status !== undefined) return { retry: false };
  const code = (error as HttpFailure)?.code ?? "";
  const message = (error as HttpFailure)?.message ?? "";
  return {
    retry:
      /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|ECONNABORTED|socket hang up|aborted|timeout|UND_ERR/i.test(
        `${code} ${message}`,
      ),
  };
}

/** Google's own message, without anything that could hold a token. */
function googleMessage(error: unknown): string {
  const data = (error as HttpFailure)?.response?.data as { error?: { message?: string } } | undefined;
  const message = data?.error?.message ?? (error as HttpFailure)?.message ?? String(error);
  return message.replace(/(Bearer\s+|access_token=)[\w.-]+/gi, "$1[hidden]");
}

export function explainSheetsFailure(
  error: unknown,
  spreadsheetId: string,
  serviceAccount: string | undefined,
): SheetsError {
  if (error instanceof SheetsError) return error;
  const status = statusOf(error);
  if (status === 403) {
    const who = serviceAccount === undefined ? "the service account Tend runs as" : serviceAccount;
    return new SheetsError(
      "SHEETS_FORBIDDEN",
      `Tend may not open spreadsheet ${spreadsheetId}: share it (Editor) with ${who}, then run again`,
    );
  }
  if (status === 404) {
    return new SheetsError(
      "SHEETS_NOT_FOUND",
      `Spreadsheet ${spreadsheetId} does not exist: check the id (the part of the URL between /d/ and /edit)`,
    );
  }
  if (status === 401) {
    return new SheetsError(
      "SHEETS_AUTH",
      `Google refused Tend's credentials: ${googleMessage(error)}. Check Application Default Credentials`,
    );
  }
  if (status === 400)
    return new SheetsError("SHEETS_REJECTED", `Google Sheets refused the request: ${googleMessage(error)}`);
  return new SheetsError(
    "SHEETS_UNAVAILABLE",
    `Google Sheets did not answer after several tries (${status === undefined ? googleMessage(error) : `HTTP ${status}`}); nothing was written. Run again later`,
  );
}
