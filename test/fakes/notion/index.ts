/**
 * A local fake of the Notion API (version 2025-09-03) for tests, driven with the real
 * @notionhq/client: `new Client({ auth: "secret_test", baseUrl: fake.baseUrl })`.
 * Listens on 127.0.0.1 only. See README.md next to this file.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { blockJson, blockText } from "./blocks.js";
import { type Fault, type FaultHandle, FaultInjector, type FaultMatch, type FaultPolicy } from "./faults.js";
import {
  type AddPageOptions,
  type CreateDatabaseInput,
  FakeNotionModel,
  type PageView,
  type PropertyInput,
} from "./model.js";
import { DEFAULT_QUERY_RESULT_LIMIT } from "./query.js";
import { RateLimiter, type RateLimitOptions } from "./rate-limit.js";
import { databaseJson, dataSourceJson } from "./render.js";
import { richTextFromString } from "./rich-text.js";
import { ENDPOINTS, type EndpointName } from "./routes.js";
import type { SelectOptionUpdate } from "./schema.js";
import { NOTION_VERSION, type RequestRecord, type ServerState, serve } from "./server.js";
import type { FormulaFn, JsonObject, SimpleValues } from "./types.js";

export type { Fault, FaultHandle, FaultMatch, FaultPolicy } from "./faults.js";
export type { AddPageOptions, CreateDatabaseInput, PageView, PropertyInput } from "./model.js";
export { simplifyPayload, simplifyProperties } from "./property-values.js";
export type { RateLimitOptions } from "./rate-limit.js";
export type { EndpointName } from "./routes.js";
export type { RequestRecord } from "./server.js";
export type { FormulaFn, JsonObject, SimpleValue, SimpleValues } from "./types.js";

export interface FakeNotionOptions {
  /** Accepted bearer tokens (default `["secret_test"]`); anything else gets 401 `unauthorized`. */
  tokens?: readonly string[];
  /** Per-token rate limit (default on: 3 requests/s, burst 10); `false` turns it off. */
  rateLimit?: false | RateLimitOptions;
  /** Notion's per-query result limit (default 10,000); `null` for none. */
  queryResultLimit?: number | null;
  /** PATCH /v1/data_sources options of an existing select: "replace" (Notion's documented rule, default) or "merge". */
  selectOptionUpdate?: SelectOptionUpdate;
  /** Clock for created_time / last_edited_time (default: the real clock). */
  now?: () => Date;
}

export interface BlockView {
  id: string;
  type: string;
  /** Plain text of the block's rich text ("" for blocks without text). */
  text: string;
  inTrash: boolean;
  /** GET /v1/blocks/{id}, without going through HTTP. */
  raw: JsonObject;
  children: BlockView[];
}

export interface FakeNotion {
  /** `http://127.0.0.1:PORT`, no trailing slash: `new Client({ auth, baseUrl })`. */
  readonly baseUrl: string;
  close(): Promise<void>;

  /** Creates a database with one data source. `properties`: name -> type name or Notion configuration. */
  createDatabase(input?: CreateDatabaseInput): { databaseId: string; dataSourceId: string };
  /** Adds a data source to an existing database. */
  addDataSource(
    databaseId: string,
    input?: {
      title?: string;
      properties?: Record<string, PropertyInput>;
      id?: string;
      formulas?: Record<string, FormulaFn>;
    },
  ): string;
  /** Adds a page from simple values (strings, names, arrays, ISO dates, numbers...); returns its id. */
  addPage(dataSourceId: string, values?: SimpleValues, opts?: AddPageOptions): string;
  /** Adds many pages; `opts(i)` gives per-page options (e.g. spread created times). */
  addPages(
    dataSourceId: string,
    rows: readonly SimpleValues[],
    opts?: (index: number) => AddPageOptions,
  ): string[];
  /** Edits a page as a person in the Notion app would (bumps last_edited_time unless `touch: false`). */
  editPage(pageId: string, values: SimpleValues, opts?: { touch?: boolean; at?: Date }): void;
  /** Moves a page to the trash (or back). */
  trashPage(pageId: string, inTrash?: boolean): void;
  /** Pages of a data source in creation order: raw API objects and simplified values. */
  pages(dataSourceId: string, opts?: { includeTrashed?: boolean }): PageView[];
  page(pageId: string): PageView;
  /** Sets a data source's description as a person would in the app (plain text). */
  setDescription(dataSourceId: string, text: string): void;
  /** A page outside any database (its parent is a page), such as a page for Tend's summary. */
  addStandalonePage(title: string, opts?: { id?: string }): string;
  /** Adds a block under a page or block as a person would; `payload` defaults to a text payload of `text`. */
  addBlock(parentId: string, type: string, text?: string, payload?: JsonObject): string;
  /** A page's or block's content as a tree (trashed blocks left out unless asked for). */
  blockTree(parentId: string, opts?: { includeTrashed?: boolean }): BlockView[];
  /** GET /v1/databases/{id} and GET /v1/data_sources/{id} bodies, without going through HTTP. */
  database(databaseId: string): JsonObject;
  dataSource(dataSourceId: string): JsonObject;

  /** Calls per endpoint, counting every request received (faulted, 401, 429 included). */
  readonly calls: Readonly<Record<EndpointName, number>>;
  /** Every request, in order. */
  readonly requests: readonly RequestRecord[];
  resetCalls(): void;

  /** Makes the next matching call(s) fail; see faults.ts. */
  injectFault(fault: Fault, match?: FaultMatch): FaultHandle;
  /** A function asked about every call first; undefined removes it. */
  setFaultPolicy(policy: FaultPolicy | undefined): void;
  clearFaults(): void;
  /** Empties the rate limiter's buckets. */
  resetRateLimit(): void;

  /** Exceptions inside the fake (answered as 500): should stay empty. */
  readonly internalErrors: readonly unknown[];
  readonly model: FakeNotionModel;
}

const zeroCalls = (): Record<EndpointName, number> =>
  Object.fromEntries(ENDPOINTS.map((e) => [e, 0])) as Record<EndpointName, number>;

export async function startFakeNotion(options: FakeNotionOptions = {}): Promise<FakeNotion> {
  const clock = options.now ?? (() => new Date());
  const selectOptionUpdate = options.selectOptionUpdate ?? "replace";
  const model = new FakeNotionModel({
    now: () => clock().getTime(),
    selectOptionUpdate,
    workspace: {
      botUserId: randomUUID(),
      workspaceId: randomUUID(),
      workspaceName: "Fake workspace",
      botName: "Tend (fake)",
    },
    personUserId: randomUUID(),
  });
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? {});
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  const state: ServerState = {
    api: {
      model,
      queryResultLimit:
        options.queryResultLimit === undefined ? DEFAULT_QUERY_RESULT_LIMIT : options.queryResultLimit,
      selectOptionUpdate,
    },
    tokens: new Set(options.tokens ?? ["secret_test"]),
    notionVersion: NOTION_VERSION,
    limiter,
    faults: new FaultInjector(),
    calls: zeroCalls(),
    requests: [],
    internalErrors: [],
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const entry = { timer: setTimeout(() => done(), ms), resolve: () => done() };
        const done = () => {
          clearTimeout(entry.timer);
          timers.delete(entry);
          resolve();
        };
        timers.add(entry);
      }),
  };

  const server = createServer((req, res) => {
    serve(state, req, res).catch((e: unknown) => {
      state.internalErrors.push(e);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of [...timers]) t.resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    createDatabase: (input) => model.createDatabase(input),
    addDataSource: (databaseId, input = {}) => model.addDataSource(databaseId, input),
    addPage: (dataSourceId, values, opts) => model.addPage(dataSourceId, values, opts),
    addPages: (dataSourceId, rows, opts) => rows.map((row, i) => model.addPage(dataSourceId, row, opts?.(i))),
    editPage: (pageId, values, opts) => model.editPage(pageId, values, opts),
    trashPage: (pageId, inTrash = true) => model.setTrashed(pageId, inTrash),
    pages: (dataSourceId, opts) => model.pagesOf(dataSourceId, opts),
    page: (pageId) => model.view(model.page(pageId)),
    setDescription: (dataSourceId, text) => {
      model.dataSource(dataSourceId).description = richTextFromString(text);
    },
    addStandalonePage: (title, opts) => model.addStandalonePage(title, opts),
    addBlock: (parentId, type, text = "", payload) => {
      const parentType = model.blocks.has(parentId) ? "block_id" : "page_id";
      const content =
        payload ?? (type === "divider" ? {} : { rich_text: richTextFromString(text), color: "default" });
      return model.insertBlock(parentId, parentType, type, content, { createdBy: model.options.personUserId })
        .id;
    },
    blockTree: (parentId, opts = {}) => {
      const tree = (id: string): BlockView[] =>
        model.childrenOf(id, opts).map((block) => ({
          id: block.id,
          type: block.type,
          text: blockText(block),
          inTrash: block.inTrash,
          raw: blockJson(model, block),
          children: tree(block.id),
        }));
      return tree(parentId);
    },
    database: (databaseId) => {
      const db = model.database(databaseId);
      return databaseJson(
        db,
        db.dataSourceIds.map((id) => model.dataSource(id)),
      );
    },
    dataSource: (dataSourceId) => {
      const ds = model.dataSource(dataSourceId);
      return dataSourceJson(ds, model.database(ds.databaseId), model.options.workspace);
    },
    calls: state.calls,
    requests: state.requests,
    resetCalls: () => {
      Object.assign(state.calls, zeroCalls());
      state.requests.length = 0;
    },
    injectFault: (fault, match) => state.faults.add(fault, match),
    setFaultPolicy: (policy) => {
      state.faults.policy = policy;
    },
    clearFaults: () => state.faults.clear(),
    resetRateLimit: () => limiter?.reset(),
    internalErrors: state.internalErrors,
    model,
  };
}
