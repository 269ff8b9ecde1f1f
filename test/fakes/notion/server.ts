/**
 * The HTTP side: per request, in this order: fault injection, Notion-Version, Authorization,
 * rate limit, then the endpoint. Every request is counted and logged, whatever its answer.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  badGatewayHtml,
  errorBody,
  gatewayTimeout,
  internalServerError,
  NotionError,
  rateLimited,
  serviceOverload,
  serviceUnavailable,
  unauthorized,
  validationError,
} from "./errors.js";
import type { Fault, FaultInjector } from "./faults.js";
import type { RateLimiter } from "./rate-limit.js";
import { type ApiContext, type EndpointName, handle, matchRoute } from "./routes.js";
import { isObject } from "./schema.js";
import type { Json, JsonObject } from "./types.js";

export const NOTION_VERSION = "2025-09-03";

export interface RequestRecord {
  endpoint: EndpointName;
  method: string;
  /** Path and query, e.g. `/v1/pages/<id>`. */
  path: string;
  token: string | undefined;
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: Json | undefined;
  /** 0 when the connection was dropped. */
  status: number;
  /** Error code of an error answer. */
  code?: string;
  fault?: Fault["type"];
  at: Date;
}

export interface ServerState {
  api: ApiContext;
  tokens: ReadonlySet<string>;
  notionVersion: string;
  limiter: RateLimiter | undefined;
  faults: FaultInjector;
  calls: Record<EndpointName, number>;
  requests: RequestRecord[];
  /** Unexpected exceptions (bugs in the fake), answered as 500. */
  internalErrors: unknown[];
  sleep(ms: number): Promise<void>;
}

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
  code?: string;
}

function jsonAnswer(
  status: number,
  body: JsonObject,
  requestId: string,
  headers: Record<string, string> = {},
): Answer {
  return {
    status,
    body: JSON.stringify({ ...body, request_id: requestId }),
    headers: {
      "content-type": "application/json; charset=utf-8",
      "x-notion-request-id": requestId,
      ...headers,
    },
  };
}

function errorAnswer(e: NotionError, requestId: string): Answer {
  const body = errorBody(e, requestId);
  return {
    status: e.status,
    body: JSON.stringify(body),
    headers: {
      "content-type": "application/json; charset=utf-8",
      "x-notion-request-id": requestId,
      ...e.headers,
    },
    code: e.code,
  };
}

/** The answer a fault forces, or undefined for faults that only delay or drop. */
function faultAnswer(fault: Fault, requestId: string): Answer | undefined {
  switch (fault.type) {
    case "rate_limited":
      return errorAnswer(rateLimited(fault.retryAfterSeconds ?? 1), requestId);
    case "internal_server_error":
      return errorAnswer(internalServerError(), requestId);
    case "service_unavailable":
      return errorAnswer(serviceUnavailable(), requestId);
    case "gateway_timeout":
      return errorAnswer(gatewayTimeout(), requestId);
    case "service_overload":
      return errorAnswer(serviceOverload(), requestId);
    case "bad_gateway":
      // Cloudflare's page: no JSON, no x-notion-request-id, a cf-ray header.
      return {
        status: 502,
        body: badGatewayHtml,
        headers: { "content-type": "text/html", "cf-ray": `${randomBytes(8).toString("hex")}-FRA` },
      };
    case "response": {
      const body = typeof fault.body === "string" ? fault.body : JSON.stringify(fault.body);
      const type = typeof fault.body === "string" ? "text/plain" : "application/json; charset=utf-8";
      return { status: fault.status, body, headers: { "content-type": type, ...(fault.headers ?? {}) } };
    }
    default:
      return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): Json | undefined {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function tokenOf(req: IncomingMessage): string | undefined {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? "");
  return m?.[1];
}

/** Version, auth, rate limit, body, endpoint: the normal path of a request. */
function answer(state: ServerState, req: IncomingMessage, url: URL, text: string, requestId: string): Answer {
  const version = req.headers["notion-version"];
  if (version === undefined) {
    return errorAnswer(
      new NotionError(
        400,
        "missing_version",
        "Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.",
      ),
      requestId,
    );
  }
  if (version !== state.notionVersion) {
    return errorAnswer(
      validationError(
        `Notion-Version header failed validation: this fake only speaks \`${state.notionVersion}\`, instead was \`${JSON.stringify(version)}\`.`,
      ),
      requestId,
    );
  }
  const token = tokenOf(req);
  if (token === undefined || !state.tokens.has(token)) return errorAnswer(unauthorized(), requestId);
  const decision = state.limiter?.take(token);
  if (decision !== undefined && !decision.ok)
    return errorAnswer(rateLimited(decision.retryAfterSeconds), requestId);

  const match = matchRoute(req.method ?? "GET", url.pathname);
  let body: JsonObject = {};
  if (req.method !== "GET" && text.trim() !== "") {
    const parsed = parseJson(text);
    if (parsed === undefined)
      return errorAnswer(new NotionError(400, "invalid_json", "Error parsing JSON body."), requestId);
    if (!isObject(parsed)) {
      return errorAnswer(
        validationError(`body failed validation: body should be an object, instead was \`${text}\`.`),
        requestId,
      );
    }
    body = parsed;
  }
  try {
    return jsonAnswer(200, handle(state.api, { match, body, query: url.searchParams }), requestId);
  } catch (e) {
    if (e instanceof NotionError) return errorAnswer(e, requestId);
    state.internalErrors.push(e);
    return errorAnswer(internalServerError(), requestId);
  }
}

export async function serve(state: ServerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const method = req.method ?? "GET";
  const { endpoint } = matchRoute(method, url.pathname);
  state.calls[endpoint] += 1;
  const token = tokenOf(req);
  const text = await readBody(req);
  const record: RequestRecord = {
    endpoint,
    method,
    path: url.pathname + url.search,
    token,
    body: parseJson(text),
    status: 0,
    at: new Date(),
  };
  state.requests.push(record);

  const fault = state.faults.pick({
    endpoint,
    method,
    path: url.pathname,
    token,
    nth: state.calls[endpoint],
  });
  if (fault !== undefined) record.fault = fault.type;
  if (fault?.delayMs !== undefined && fault.delayMs > 0) await state.sleep(fault.delayMs);
  if (res.destroyed) return;
  if (fault?.type === "drop" && fault.afterProcessing !== true) {
    req.socket.destroy();
    return;
  }
  const result =
    (fault === undefined ? undefined : faultAnswer(fault, requestId)) ??
    answer(state, req, url, text, requestId);
  if (fault?.type === "drop") {
    req.socket.destroy();
    return;
  }
  record.status = result.status;
  if (result.code !== undefined) record.code = result.code;
  res.writeHead(result.status, result.headers);
  res.end(result.body);
}
