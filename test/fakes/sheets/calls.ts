/** What the fake records about every request it receives. */

export type Endpoint =
  | "spreadsheets.get"
  | "spreadsheets.create"
  | "spreadsheets.batchUpdate"
  | "values.get"
  | "values.batchGet"
  | "values.update"
  | "values.batchUpdate"
  | "values.append"
  | "values.clear"
  | "values.batchClear"
  | "unknown";

/** Google counts quota per kind: reads (60/min/user) and writes (60/min/user). */
export const READ_ENDPOINTS: readonly Endpoint[] = ["spreadsheets.get", "values.get", "values.batchGet"];

export interface CallRecord {
  /** 1-based position among all requests this fake received. */
  seq: number;
  method: string;
  /** Decoded path: `/v4/spreadsheets/ID/values/'Run log'!A:H:append`. */
  path: string;
  endpoint: Endpoint;
  spreadsheetId: string | undefined;
  /** The range(s) the call names, decoded (path range, `ranges` query values or body ranges). */
  ranges: string[];
  query: Record<string, string[]>;
  body: unknown;
  /** The bearer token sent, if any. Tests can assert which credentials reached the API. */
  token: string | undefined;
  /** The HTTP status the fake answered, or undefined while in flight or when the socket was dropped. */
  status: number | undefined;
  /** The injected fault, if one hit this call. */
  fault: string | undefined;
}

export type CallMatcher =
  | ((call: CallRecord) => boolean)
  | { endpoint?: Endpoint | readonly Endpoint[]; method?: string; spreadsheetId?: string };

export function matchesCall(call: CallRecord, matcher: CallMatcher | undefined): boolean {
  if (matcher === undefined) return true;
  if (typeof matcher === "function") return matcher(call);
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== call.method) return false;
  if (matcher.spreadsheetId !== undefined && matcher.spreadsheetId !== call.spreadsheetId) return false;
  if (matcher.endpoint !== undefined) {
    const endpoints: readonly Endpoint[] =
      typeof matcher.endpoint === "string" ? [matcher.endpoint] : matcher.endpoint;
    if (!endpoints.includes(call.endpoint)) return false;
  }
  return true;
}
