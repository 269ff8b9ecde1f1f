import type { CallRecord } from "./calls.js";
import { READ_ENDPOINTS } from "./calls.js";

/** A failure the fake plays instead of (or before) answering a call. */
export type Fault =
  | { kind: "status"; status: number; body: unknown; retryAfterSeconds?: number }
  | { kind: "quota"; wording: "current" | "legacy"; retryAfterSeconds?: number }
  | { kind: "delay"; ms: number }
  | { kind: "drop" };

export const faults = {
  /** 429 RESOURCE_EXHAUSTED with the real wording; `retryAfterSeconds` adds a `Retry-After` header. */
  quota(options: { retryAfterSeconds?: number; wording?: "current" | "legacy" } = {}): Fault {
    const fault: Fault = { kind: "quota", wording: options.wording ?? "current" };
    if (options.retryAfterSeconds !== undefined) fault.retryAfterSeconds = options.retryAfterSeconds;
    return fault;
  },
  serverError(): Fault {
    return status(500, "INTERNAL", "Internal error encountered.");
  },
  unavailable(retryAfterSeconds?: number): Fault {
    const fault = status(503, "UNAVAILABLE", "The service is currently unavailable.");
    if (retryAfterSeconds !== undefined) fault.retryAfterSeconds = retryAfterSeconds;
    return fault;
  },
  /** Any status with Google's envelope, e.g. `faults.status(502, "UNKNOWN", "Bad gateway")`. */
  status,
  /** Answers normally after `ms` milliseconds (lets a test trip the client's timeout). */
  slow(ms: number): Fault {
    return { kind: "delay", ms };
  },
  /** Destroys the socket without answering: the client sees ECONNRESET / "socket hang up". */
  drop(): Fault {
    return { kind: "drop" };
  },
};

function status(code: number, reason: string, message: string): Fault & { kind: "status" } {
  return { kind: "status", status: code, body: { error: { code, message, status: reason } } };
}

/**
 * 429 bodies. The messages are verbatim from public reports (quota-errors.json): "legacy" is the
 * pre-2021 ReadGroup wording with its google.rpc.Help detail, "current" the per-minute wording
 * whose details carry a google.rpc.ErrorInfo (shape per Google's AIP-193).
 */
export function quotaBody(call: CallRecord, wording: "current" | "legacy"): unknown {
  const kind = READ_ENDPOINTS.includes(call.endpoint) ? "Read" : "Write";
  if (wording === "legacy") {
    const message = `Quota exceeded for quota group '${kind}Group' and limit '${kind} requests per user per 100 seconds' of service 'sheets.googleapis.com' for consumer 'project_number:XXXXXXXXXXXX'.`;
    const links = [
      {
        description: "Google developer console API key",
        url: "https://console.developers.google.com/project/XXXXXXXXXXXX/apiui/credential",
      },
    ];
    const details = [{ "@type": "type.googleapis.com/google.rpc.Help", links }];
    return { error: { code: 429, message, status: "RESOURCE_EXHAUSTED", details } };
  }
  const limit = `${kind} requests per minute per user`;
  const message = `Quota exceeded for quota metric '${kind} requests' and limit '${limit}' of service 'sheets.googleapis.com' for consumer 'project_number:57312334836'.`;
  const details = [
    {
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      reason: "RATE_LIMIT_EXCEEDED",
      domain: "googleapis.com",
      metadata: {
        quota_metric: `sheets.googleapis.com/${kind.toLowerCase()}_requests`,
        quota_limit: `${kind.toLowerCase()}_requests_per_minute_per_user`,
        quota_limit_value: "60",
        quota_location: "global",
        service: "sheets.googleapis.com",
        consumer: "projects/57312334836",
      },
    },
  ];
  return { error: { code: 429, message, status: "RESOURCE_EXHAUSTED", details } };
}
