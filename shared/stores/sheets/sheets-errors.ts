import { TendError } from "../../errors/tend-error.js";
import { type RetryVerdict, retryAfterMs } from "../../net/retry.js";

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
): TendError {
  if (error instanceof TendError) return error;
  const status = statusOf(error);
  if (status === 403) {
    const who = serviceAccount === undefined ? "the service account Tend runs as" : serviceAccount;
    return new TendError(
      "no-access",
      `Tend may not open spreadsheet ${spreadsheetId}: share it (Editor) with ${who}, then run again`,
      { cause: error },
    );
  }
  if (status === 404) {
    return new TendError(
      "not-found",
      `Spreadsheet ${spreadsheetId} does not exist: check the id (the part of the URL between /d/ and /edit)`,
      { cause: error },
    );
  }
  if (status === 401) {
    return new TendError(
      "no-access",
      `Google refused Tend's credentials: ${googleMessage(error)}. Check Application Default Credentials`,
      { cause: error },
    );
  }
  // A 400 names what the spreadsheet would not take (a protected range, a validation rule).
  if (status === 400)
    return new TendError("invalid-setup", `Google Sheets refused the request: ${googleMessage(error)}`, {
      cause: error,
    });
  return new TendError(
    "upstream",
    `Google Sheets did not answer after several tries (${status === undefined ? googleMessage(error) : `HTTP ${status}`}); nothing was written. Run again later`,
    { cause: error },
  );
}
