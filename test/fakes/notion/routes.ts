/** The endpoints: URL matching (same shapes as @notionhq/client v5) and their handlers. */
import { appendChildren, deleteBlock, listChildren, retrieveBlock } from "./blocks.js";
import { bodyValidation, invalidRequestUrl, validationError } from "./errors.js";
import { normalizeId, tryNormalizeId } from "./ids.js";
import type { FakeNotionModel } from "./model.js";
import { runQuery } from "./query.js";
import { botUserJson, databaseJson, dataSourceJson, pageJson, standalonePageJson } from "./render.js";
import { plainText, richTextItemFromRequest } from "./rich-text.js";
import { isObject, patchSchema, type SelectOptionUpdate } from "./schema.js";
import type { DataSourceRecord, Json, JsonObject, PageRecord } from "./types.js";
import { checkRichText, parsePageProperties } from "./validation.js";

export const ENDPOINTS = [
  "databases.retrieve",
  "dataSources.retrieve",
  "dataSources.update",
  "dataSources.query",
  "pages.create",
  "pages.retrieve",
  "pages.update",
  "users.me",
  "blocks.retrieve",
  "blocks.children.list",
  "blocks.children.append",
  "blocks.delete",
  "unknown",
] as const;
export type EndpointName = (typeof ENDPOINTS)[number];

export interface RouteMatch {
  endpoint: EndpointName;
  /** The raw id from the path, when the endpoint has one. */
  id?: string;
}

const ROUTES: Array<[string, RegExp, EndpointName]> = [
  ["GET", /^\/v1\/databases\/([^/]+)$/, "databases.retrieve"],
  ["GET", /^\/v1\/data_sources\/([^/]+)$/, "dataSources.retrieve"],
  ["PATCH", /^\/v1\/data_sources\/([^/]+)$/, "dataSources.update"],
  ["POST", /^\/v1\/data_sources\/([^/]+)\/query$/, "dataSources.query"],
  ["POST", /^\/v1\/pages$/, "pages.create"],
  ["GET", /^\/v1\/pages\/([^/]+)$/, "pages.retrieve"],
  ["PATCH", /^\/v1\/pages\/([^/]+)$/, "pages.update"],
  ["GET", /^\/v1\/users\/me$/, "users.me"],
  ["GET", /^\/v1\/blocks\/([^/]+)$/, "blocks.retrieve"],
  ["GET", /^\/v1\/blocks\/([^/]+)\/children$/, "blocks.children.list"],
  ["PATCH", /^\/v1\/blocks\/([^/]+)\/children$/, "blocks.children.append"],
  ["DELETE", /^\/v1\/blocks\/([^/]+)$/, "blocks.delete"],
];

export function matchRoute(method: string, pathname: string): RouteMatch {
  for (const [m, re, endpoint] of ROUTES) {
    const found = method === m ? re.exec(pathname) : null;
    if (found === null) continue;
    const raw = found[1];
    return raw === undefined ? { endpoint } : { endpoint, id: safeDecode(raw) };
  }
  return { endpoint: "unknown" };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface ApiContext {
  model: FakeNotionModel;
  queryResultLimit: number | null;
  selectOptionUpdate: SelectOptionUpdate;
}

export interface ApiRequest {
  match: RouteMatch;
  body: JsonObject;
  query: URLSearchParams;
}

/** Handles one authorised request; throws NotionError for error answers. */
export function handle(ctx: ApiContext, req: ApiRequest): JsonObject {
  const { model } = ctx;
  const id = req.match.id ?? "";
  switch (req.match.endpoint) {
    case "databases.retrieve": {
      const db = model.database(normalizeId(id, "path.database_id"));
      return databaseJson(
        db,
        db.dataSourceIds.map((d) => model.dataSource(d)),
      );
    }
    case "dataSources.retrieve": {
      const ds = model.dataSource(normalizeId(id, "path.data_source_id"));
      return dataSourceJson(ds, model.database(ds.databaseId), model.options.workspace);
    }
    case "dataSources.update":
      return updateDataSource(ctx, model.dataSource(normalizeId(id, "path.data_source_id")), req.body);
    case "dataSources.query":
      return queryDataSource(ctx, model.dataSource(normalizeId(id, "path.data_source_id")), req);
    case "pages.retrieve": {
      const pageId = normalizeId(id, "path.page_id");
      const standalone = model.standalonePages.get(pageId);
      if (standalone !== undefined) return standalonePageJson(standalone);
      const page = model.page(pageId);
      return pageJson(page, model.dataSource(page.dataSourceId), onlyProperties(req.query));
    }
    case "pages.update":
      return updatePage(ctx, model.page(normalizeId(id, "path.page_id")), req.body);
    case "pages.create":
      return createPage(ctx, req.body);
    case "users.me":
      return botUserJson(model.options.workspace);
    case "blocks.retrieve":
      return retrieveBlock(model, id);
    case "blocks.children.list":
      return listChildren(model, id, req.query);
    case "blocks.children.append":
      return appendChildren(model, id, req.body);
    case "blocks.delete":
      return deleteBlock(model, id);
    default:
      throw invalidRequestUrl();
  }
}

function onlyProperties(query: URLSearchParams): ReadonlySet<string> | undefined {
  const ids = query.getAll("filter_properties");
  return ids.length === 0 ? undefined : new Set(ids);
}

function queryDataSource(ctx: ApiContext, ds: DataSourceRecord, req: ApiRequest): JsonObject {
  const { model } = ctx;
  const result = runQuery(ds, model.pageRecordsOf(ds), req.body, {
    resultLimit: ctx.queryResultLimit,
    now: () => model.now(),
  });
  const only = onlyProperties(req.query);
  const out: JsonObject = {
    object: "list",
    results: result.pages.map((p) => pageJson(p, ds, only)),
    next_cursor: result.nextCursor,
    has_more: result.hasMore,
    type: "page_or_data_source",
    page_or_data_source: {},
  };
  if (result.incomplete)
    out.request_status = { type: "incomplete", incomplete_reason: "query_result_limit_reached" };
  return out;
}

function updateDataSource(ctx: ApiContext, ds: DataSourceRecord, body: JsonObject): JsonObject {
  const { model } = ctx;
  const pages = () => model.pageRecordsOf(ds);
  ds.properties = patchSchema(ds.properties, body.properties, {
    selectOptionUpdate: ctx.selectOptionUpdate,
    context: model.schemaContext,
    onTypeChange: (p) => {
      for (const page of pages()) page.values.delete(p.id);
    },
    onDelete: (p) => {
      ds.formulas.delete(p.id);
      for (const page of pages()) page.values.delete(p.id);
    },
  });
  if (Array.isArray(body.title))
    ds.title = plainText(body.title.filter(isObject).map(richTextItemFromRequest));
  if (body.description !== undefined) {
    checkRichText(body.description, "body.description");
    ds.description = (body.description as JsonObject[]).map(richTextItemFromRequest);
  }
  const trash = body.in_trash ?? body.archived;
  if (typeof trash === "boolean") ds.inTrash = trash;
  ds.lastEditedMs = model.now();
  return dataSourceJson(ds, model.database(ds.databaseId), model.options.workspace);
}

/** `{ emoji }`, `{ type: "emoji", emoji }`, `{ external: { url } }` or null, as Notion echoes them. */
function iconOrCover(v: Json | undefined, path: string): Json | undefined {
  if (v === undefined || v === null) return v;
  if (!isObject(v))
    throw bodyValidation(`${path} should be an object or \`null\`, instead was \`${JSON.stringify(v)}\`.`);
  if (typeof v.emoji === "string") return { type: "emoji", emoji: v.emoji };
  if (isObject(v.external) && typeof v.external.url === "string")
    return { type: "external", external: { url: v.external.url } };
  throw bodyValidation(
    `${path} should be an emoji or an external file, instead was \`${JSON.stringify(v)}\`.`,
  );
}

const ARCHIVED = "Can't edit block that is archived. You must unarchive the block before editing.";

function updatePage(ctx: ApiContext, page: PageRecord, body: JsonObject): JsonObject {
  const { model } = ctx;
  const ds = model.dataSource(page.dataSourceId);
  const trash = body.in_trash ?? body.archived;
  if (trash !== undefined && typeof trash !== "boolean") {
    throw bodyValidation(`body.in_trash should be a boolean, instead was \`${JSON.stringify(trash)}\`.`);
  }
  if (page.inTrash && trash !== false) throw validationError(ARCHIVED);
  const icon = iconOrCover(body.icon, "body.icon");
  const cover = iconOrCover(body.cover, "body.cover");
  const parsed = parsePageProperties(ds.properties, body.properties);
  for (const { prop, option } of parsed.newOptions) prop.options.push(option);
  if (parsed.newOptions.length > 0) ds.lastEditedMs = model.now();
  for (const [propId, value] of parsed.values) page.values.set(propId, value);
  if (icon !== undefined) page.icon = icon;
  if (cover !== undefined) page.cover = cover;
  if (typeof trash === "boolean") page.inTrash = trash;
  page.lastEditedMs = model.now();
  page.lastEditedBy = model.options.workspace.botUserId;
  return pageJson(page, ds);
}

function parentDataSource(ctx: ApiContext, parent: Json | undefined): DataSourceRecord {
  const { model } = ctx;
  if (!isObject(parent))
    throw bodyValidation(
      `body.parent should be an object, instead was \`${JSON.stringify(parent) ?? "undefined"}\`.`,
    );
  if (typeof parent.data_source_id === "string") {
    return model.dataSource(normalizeId(parent.data_source_id, "body.parent.data_source_id"));
  }
  if (typeof parent.database_id === "string") {
    const db = model.database(normalizeId(parent.database_id, "body.parent.database_id"));
    const only = db.dataSourceIds.length === 1 ? db.dataSourceIds[0] : undefined;
    if (only === undefined) {
      throw validationError(
        `Database ${db.id} has ${db.dataSourceIds.length} data sources: use a data_source_id parent.`,
      );
    }
    return model.dataSource(only);
  }
  const pageId = typeof parent.page_id === "string" ? tryNormalizeId(parent.page_id) : undefined;
  if (pageId !== undefined)
    throw validationError("The fake Notion server only creates pages inside data sources.");
  throw bodyValidation("body.parent.data_source_id should be defined, instead was `undefined`.");
}

function createPage(ctx: ApiContext, body: JsonObject): JsonObject {
  const { model } = ctx;
  const ds = parentDataSource(ctx, body.parent);
  const icon = iconOrCover(body.icon, "body.icon");
  const cover = iconOrCover(body.cover, "body.cover");
  const parsed = parsePageProperties(ds.properties, body.properties);
  for (const { prop, option } of parsed.newOptions) prop.options.push(option);
  const page = model.insertPage(ds, parsed.values, { icon: icon ?? null, cover: cover ?? null });
  return pageJson(page, ds);
}
