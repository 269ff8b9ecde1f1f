/** Databases, data sources, pages and the bot user as JSON, in the shapes of the 2025-09-03 recordings. */
import { compactId, databaseTime, minuteTime, pageUrl } from "./ids.js";
import { propertyValueJson } from "./property-values.js";
import { plainText, textItem } from "./rich-text.js";
import { propertySchemaJson } from "./schema.js";
import type {
  DatabaseRecord,
  DataSourceRecord,
  JsonObject,
  PageRecord,
  StandalonePageRecord,
} from "./types.js";

export interface Workspace {
  botUserId: string;
  workspaceId: string;
  workspaceName: string;
  botName: string;
}

export function databaseJson(db: DatabaseRecord, dataSources: readonly DataSourceRecord[]): JsonObject {
  return {
    object: "database",
    id: db.id,
    title: [textItem(db.title)],
    description: [],
    parent: { type: "page_id", page_id: db.parentPageId },
    is_inline: false,
    in_trash: db.inTrash,
    is_locked: false,
    created_time: databaseTime(db.createdMs),
    last_edited_time: databaseTime(db.lastEditedMs),
    data_sources: dataSources.map((ds) => ({ id: ds.id, name: ds.title })),
    icon: null,
    cover: null,
    url: `https://app.notion.com/p/${compactId(db.id)}`,
    public_url: null,
    archived: db.inTrash,
  };
}

export function dataSourceJson(ds: DataSourceRecord, db: DatabaseRecord, ws: Workspace): JsonObject {
  const properties: JsonObject = {};
  for (const p of ds.properties) properties[p.name] = propertySchemaJson(p);
  return {
    object: "data_source",
    id: ds.id,
    cover: null,
    icon: null,
    created_time: minuteTime(ds.createdMs),
    created_by: { object: "user", id: ws.botUserId },
    last_edited_by: { object: "user", id: ws.botUserId },
    last_edited_time: minuteTime(ds.lastEditedMs),
    title: [textItem(ds.title)],
    description: ds.description.map((item) => structuredClone(item)),
    is_inline: false,
    properties,
    parent: { type: "database_id", database_id: db.id },
    database_parent: { type: "page_id", page_id: db.parentPageId },
    url: `https://app.notion.com/p/${compactId(db.id)}`,
    public_url: null,
    in_trash: ds.inTrash,
    archived: ds.inTrash,
  };
}

/** A full page object (`isFullPage` is true); `only` limits properties to those ids (filter_properties). */
export function pageJson(page: PageRecord, ds: DataSourceRecord, only?: ReadonlySet<string>): JsonObject {
  const properties: JsonObject = {};
  let title = "";
  for (const p of ds.properties) {
    const value = propertyValueJson(p, page, ds);
    if (p.type === "title") title = plainText(value.title);
    if (only === undefined || only.has(p.id) || only.has(decodeURIComponentSafe(p.id)))
      properties[p.name] = value;
  }
  return {
    object: "page",
    id: page.id,
    created_time: minuteTime(page.createdMs),
    last_edited_time: minuteTime(page.lastEditedMs),
    created_by: { object: "user", id: page.createdBy },
    last_edited_by: { object: "user", id: page.lastEditedBy },
    cover: page.cover,
    icon: page.icon,
    parent: { type: "data_source_id", data_source_id: ds.id, database_id: ds.databaseId },
    in_trash: page.inTrash,
    is_archived: false,
    is_locked: false,
    properties,
    url: pageUrl(title, page.id),
    public_url: null,
    archived: page.inTrash,
  };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function botUserJson(ws: Workspace): JsonObject {
  return {
    object: "user",
    id: ws.botUserId,
    name: ws.botName,
    avatar_url: null,
    type: "bot",
    bot: {
      owner: { type: "workspace", workspace: true },
      workspace_name: ws.workspaceName,
      workspace_id: ws.workspaceId,
      workspace_limits: { max_file_upload_size_in_bytes: 5_242_880 },
    },
  };
}

/** A page whose parent is a page: its only property is `title`. */
export function standalonePageJson(page: StandalonePageRecord): JsonObject {
  return {
    object: "page",
    id: page.id,
    created_time: minuteTime(page.createdMs),
    last_edited_time: minuteTime(page.lastEditedMs),
    created_by: { object: "user", id: page.createdBy },
    last_edited_by: { object: "user", id: page.lastEditedBy },
    cover: null,
    icon: null,
    parent: { type: "page_id", page_id: page.parentPageId },
    in_trash: page.inTrash,
    is_archived: false,
    is_locked: false,
    properties: { title: { id: "title", type: "title", title: [textItem(page.title)] } },
    url: pageUrl(page.title, page.id),
    public_url: null,
    archived: page.inTrash,
  };
}
