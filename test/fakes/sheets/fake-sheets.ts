import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { type CallMatcher, type CallRecord, type Endpoint, matchesCall } from "./calls.js";
import { ApiError, notFound, permissionDenied, unauthenticated } from "./errors.js";
import { type Fault, quotaBody } from "./faults.js";
import type { SpreadsheetData } from "./model.js";
import { handleRoute, routeRequest, type SpreadsheetStore, safeDecode } from "./routes.js";
import { SpreadsheetHelpers } from "./spreadsheet-helpers.js";

export interface FakeSheetsOptions {
  /** Only these bearer tokens are accepted (others get 401); by default any token is. */
  acceptTokens?: readonly string[];
  /** Seed for generated spreadsheet, sheet and chart ids: same seed, same ids. */
  seed?: number;
}

export type RequestHook = (call: CallRecord) => void | Promise<void>;
export type FaultPolicy = (call: CallRecord) => Fault | undefined;

/** Starts a fake Google Sheets API v4 on 127.0.0.1; point the real client at `rootUrl`. */
export async function startFakeSheets(options: FakeSheetsOptions = {}): Promise<FakeSheets> {
  const fake = new FakeSheets(options);
  await fake.listen();
  return fake;
}

export class FakeSheets extends SpreadsheetHelpers {
  /** Every request received, in order, including faulted and refused ones. */
  readonly calls: CallRecord[] = [];
  private readonly server: Server;
  private url = "";
  private hooks: RequestHook[] = [];
  private faultQueue: { fault: Fault; matcher: CallMatcher | undefined }[] = [];
  private policy: FaultPolicy | undefined;

  constructor(private readonly options: FakeSheetsOptions) {
    super(options.seed ?? 1);
    this.server = createServer((req, res) => {
      void this.serve(req, res);
    });
  }

  async listen(): Promise<void> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
  }

  /** `http://127.0.0.1:PORT/`, for `sheets({ version: "v4", rootUrl })`. */
  get rootUrl(): string {
    return this.url;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The distinct bearer tokens that reached the fake, in order of first use. */
  get tokens(): string[] {
    return [...new Set(this.calls.flatMap((call) => (call.token === undefined ? [] : [call.token])))];
  }

  /** How many calls match: an endpoint name (`"values.batchUpdate"`), a matcher, or all calls. */
  count(matcher?: Endpoint | CallMatcher): number {
    const match: CallMatcher | undefined = typeof matcher === "string" ? { endpoint: matcher } : matcher;
    return this.calls.filter((call) => matchesCall(call, match)).length;
  }

  /** Calls per endpoint, e.g. `{ "values.batchGet": 1, "values.batchUpdate": 1 }`. */
  countsByEndpoint(): Partial<Record<Endpoint, number>> {
    const counts: Partial<Record<Endpoint, number>> = {};
    for (const call of this.calls) counts[call.endpoint] = (counts[call.endpoint] ?? 0) + 1;
    return counts;
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  /** Forgets spreadsheets, calls, hooks and faults: a fresh fake for a `beforeEach`. */
  reset(): void {
    this.store.clear();
    this.resetCalls();
    this.clearFaults();
    this.hooks = [];
  }

  /** Runs before every call is answered (after it is recorded); returns an unsubscribe function. */
  beforeRequest(hook: RequestHook): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((candidate) => candidate !== hook);
    };
  }

  /**
   * Runs `hook` once, before the n-th call (1-based, counted from now) that matches is answered:
   * `fake.onCall(2, () => fake.insertRows(id, "Contacts", 2, [["Zoe"]]))` edits between calls 1 and 2.
   */
  onCall(n: number, hook: RequestHook, matcher?: Endpoint | CallMatcher): void {
    const match: CallMatcher | undefined = typeof matcher === "string" ? { endpoint: matcher } : matcher;
    let seen = 0;
    const unsubscribe = this.beforeRequest(async (call) => {
      if (!matchesCall(call, match)) return;
      seen++;
      if (seen !== n) return;
      unsubscribe();
      await hook(call);
    });
  }

  /** Queues faults: each of the next matching calls consumes one, in order. */
  injectFaults(faults: Fault | readonly Fault[], matcher?: Endpoint | CallMatcher): void {
    const match: CallMatcher | undefined = typeof matcher === "string" ? { endpoint: matcher } : matcher;
    const list: readonly Fault[] = Array.isArray(faults) ? faults : [faults as Fault];
    for (const fault of list) this.faultQueue.push({ fault, matcher: match });
  }

  /** A function asked about every call (before the queue); return a Fault to play it. */
  setFaultPolicy(policy: FaultPolicy | undefined): void {
    this.policy = policy;
  }

  clearFaults(): void {
    this.faultQueue = [];
    this.policy = undefined;
  }

  private nextFault(call: CallRecord): Fault | undefined {
    const fromPolicy = this.policy?.(call);
    if (fromPolicy) return fromPolicy;
    const at = this.faultQueue.findIndex((entry) => matchesCall(call, entry.matcher));
    if (at < 0) return undefined;
    return this.faultQueue.splice(at, 1)[0]?.fault;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const call = await this.record(req);
    try {
      for (const hook of [...this.hooks]) await hook(call);
      const fault = this.nextFault(call);
      if (fault) {
        call.fault = fault.kind;
        if (fault.kind === "drop") {
          req.socket.destroy();
          return;
        }
        if (fault.kind === "delay") await sleep(fault.ms);
        else {
          const body = fault.kind === "quota" ? quotaBody(call, fault.wording) : fault.body;
          const status = fault.kind === "quota" ? 429 : fault.status;
          this.send(res, call, status, body, fault.retryAfterSeconds);
          return;
        }
      }
      this.send(res, call, 200, this.answer(req, call));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(500, "INTERNAL", String(error));
      this.send(res, call, apiError.code, apiError.body());
    }
  }

  private answer(req: IncomingMessage, call: CallRecord): unknown {
    const header = req.headers.authorization;
    if (
      call.token === undefined ||
      (this.options.acceptTokens && !this.options.acceptTokens.includes(call.token))
    ) {
      throw unauthenticated(header !== undefined);
    }
    const token = call.token;
    const store: SpreadsheetStore = {
      read: (id) => this.readable(id, token),
      mutate: (id, change) => {
        const copy = structuredClone(this.readable(id, token));
        const result = change(copy);
        this.store.set(id, copy);
        return result;
      },
      create: (body) => this.createFromApi(body),
    };
    return handleRoute(store, {
      ...routeRequest(call.method, rawPath(req)),
      query: call.query,
      body: call.body,
    });
  }

  private readable(id: string, token: string): SpreadsheetData {
    const ss = this.store.get(id);
    if (!ss) throw notFound();
    if (ss.forbiddenTokens.includes("*") || ss.forbiddenTokens.includes(token)) throw permissionDenied();
    return ss;
  }

  private async record(req: IncomingMessage): Promise<CallRecord> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const query: Record<string, string[]> = {};
    for (const [key, value] of url.searchParams) query[key] = [...(query[key] ?? []), value];
    const method = req.method ?? "GET";
    const route = routeRequest(method, url.pathname);
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const call: CallRecord = {
      seq: this.calls.length + 1,
      method,
      path: safeDecode(url.pathname),
      endpoint: route.endpoint,
      spreadsheetId: route.spreadsheetId,
      ranges: [],
      query,
      body: parseBody(text),
      token: bearer,
      status: undefined,
      fault: undefined,
    };
    call.ranges = rangesOf(call, route.pathRange);
    this.calls.push(call);
    return call;
  }

  private send(
    res: ServerResponse,
    call: CallRecord,
    status: number,
    body: unknown,
    retryAfter?: number,
  ): void {
    call.status = status;
    const headers: Record<string, string> = { "content-type": "application/json; charset=UTF-8" };
    if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
    res.writeHead(status, headers);
    res.end(JSON.stringify(body));
  }
}

function rawPath(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://127.0.0.1").pathname;
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function rangesOf(call: CallRecord, pathRange: string | undefined): string[] {
  if (pathRange !== undefined) return [pathRange];
  const body = call.body as { data?: unknown; ranges?: unknown } | undefined;
  if (call.query.ranges) return call.query.ranges;
  if (Array.isArray(body?.ranges)) return body.ranges.map(String);
  if (Array.isArray(body?.data))
    return body.data.map((entry) => String((entry as { range?: unknown }).range));
  return [];
}
