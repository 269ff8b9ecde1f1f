/**
 * Fault injection: make chosen calls fail the way Notion (or the network in front of it) does.
 * Rules are consumed in order by the calls they match; a policy function, if set, is asked first.
 */
import type { EndpointName } from "./routes.js";

interface FaultCommon {
  /** Wait this long before answering (or dropping). */
  delayMs?: number;
}

export type Fault = FaultCommon &
  (
    | { type: "rate_limited"; retryAfterSeconds?: number }
    | { type: "internal_server_error" }
    | { type: "bad_gateway" }
    | { type: "service_unavailable" }
    | { type: "gateway_timeout" }
    | { type: "service_overload" }
    /** Slow answer: wait `delayMs`, then answer normally. */
    | { type: "delay"; delayMs: number }
    /** Close the connection without an answer; with `afterProcessing` the request takes effect first. */
    | { type: "drop"; afterProcessing?: boolean }
    /** Any answer at all. */
    | {
        type: "response";
        status: number;
        body: string | Record<string, unknown>;
        headers?: Record<string, string>;
      }
  );

export interface CallInfo {
  endpoint: EndpointName;
  method: string;
  path: string;
  token: string | undefined;
  /** 1-based count of calls to this endpoint so far, this one included. */
  nth: number;
}

export type FaultPolicy = (call: CallInfo) => Fault | undefined;

export interface FaultMatch {
  endpoint?: EndpointName | readonly EndpointName[];
  method?: string;
  /** How many matching calls fail (default 1; Infinity for all). */
  times?: number;
  /** Let this many matching calls through first (default 0). */
  skip?: number;
}

export interface FaultHandle {
  /** Matching calls still to fail. */
  readonly remaining: number;
  cancel(): void;
}

interface Rule {
  fault: Fault;
  match: FaultMatch;
  remaining: number;
  skip: number;
}

export class FaultInjector {
  private rules: Rule[] = [];
  policy: FaultPolicy | undefined;

  add(fault: Fault, match: FaultMatch = {}): FaultHandle {
    const rule: Rule = { fault, match, remaining: match.times ?? 1, skip: match.skip ?? 0 };
    this.rules.push(rule);
    return {
      get remaining() {
        return rule.remaining;
      },
      cancel: () => {
        this.rules = this.rules.filter((r) => r !== rule);
      },
    };
  }

  pick(call: CallInfo): Fault | undefined {
    const fromPolicy = this.policy?.(call);
    if (fromPolicy !== undefined) return fromPolicy;
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matches(rule.match, call)) continue;
      if (rule.skip > 0) {
        rule.skip -= 1;
        continue;
      }
      rule.remaining -= 1;
      return rule.fault;
    }
    return undefined;
  }

  clear(): void {
    this.rules = [];
    this.policy = undefined;
  }
}

function matches(m: FaultMatch, call: CallInfo): boolean {
  if (m.method !== undefined && m.method.toUpperCase() !== call.method) return false;
  if (m.endpoint === undefined) return true;
  return typeof m.endpoint === "string" ? m.endpoint === call.endpoint : m.endpoint.includes(call.endpoint);
}
