/**
 * The fake's in-memory workspace: databases, their data sources (schema) and pages, plus the
 * helpers tests use to seed and read it without going through HTTP.
 */
import { objectNotFound } from "./errors.js";
import { newId, normalizeId } from "./ids.js";
import { simpleValuesOf, storedFromSimple } from "./property-values.js";
import { pageJson, type Workspace } from "./render.js";
import { richTextFromString } from "./rich-text.js";
import { findProperty, patchSchema, type SchemaContext, type SelectOptionUpdate } from "./schema.js";
import type {
  BlockRecord,
  DatabaseRecord,
  DataSourceRecord,
  FormulaFn,
  Json,
  JsonObject,
  PageRecord,
  PropertySchema,
  PropertyType,
  ReadonlyJson,
  SimpleValues,
  StandalonePageRecord,
} from "./types.js";

/** A property of `createDatabase`: a type name (`"rich_text"`) or Notion's configuration (`{ select: { options: [...] } }`). */
export type PropertyInput = PropertyType | { readonly [key: string]: ReadonlyJson };

export interface CreateDatabaseInput {
  title?: string;
  /** Name -> type or configuration. A `Name` title property is added when none is given. */
  properties?: Record<string, PropertyInput>;
  /** Name of the data source (defaults to the title). */
  dataSourceTitle?: string;
  databaseId?: string;
  dataSourceId?: string;
  /** Formula columns computed on every read from the page's other values (simplified). */
  formulas?: Record<string, FormulaFn>;
  /** The data source's description, as plain text. */
  description?: string;
}

export interface AddPageOptions {
  id?: string;
  createdTime?: Date | string;
  lastEditedTime?: Date | string;
  inTrash?: boolean;
  /** User id shown in created_by / last_edited_by (default: a person, as if typed in the Notion app). */
  createdBy?: string;
  icon?: Json;
}

export interface PageView {
  id: string;
  dataSourceId: string;
  inTrash: boolean;
  /** The page exactly as GET /v1/pages/{id} returns it (without request_id). */
  raw: JsonObject;
  /** Property name -> simple value (text as string, select as name, date as start, ...). */
  values: Record<string, unknown>;
}

export interface ModelOptions {
  now: () => number;
  selectOptionUpdate: SelectOptionUpdate;
  workspace: Workspace;
  personUserId: string;
}

const toMs = (t: Date | string | undefined, fallback: number): number =>
  t === undefined ? fallback : t instanceof Date ? t.getTime() : Date.parse(t);

export class FakeNotionModel {
  readonly databases = new Map<string, DatabaseRecord>();
  readonly dataSources = new Map<string, DataSourceRecord>();
  readonly pageRecords = new Map<string, PageRecord>();
  readonly standalonePages = new Map<string, StandalonePageRecord>();
  readonly blocks = new Map<string, BlockRecord>();
  /** Child block ids of a page or block, in order (trashed ones included). */
  readonly childIds = new Map<string, string[]>();
  readonly options: ModelOptions;
  private seq = 0;

  constructor(options: ModelOptions) {
    this.options = options;
  }

  readonly schemaContext: SchemaContext = {
    databaseOf: (dataSourceId) => this.dataSources.get(dataSourceId)?.databaseId,
  };

  now(): number {
    return this.options.now();
  }

  createDatabase(input: CreateDatabaseInput = {}): { databaseId: string; dataSourceId: string } {
    const databaseId =
      input.databaseId === undefined ? newId() : normalizeId(input.databaseId, "database_id");
    if (this.databases.has(databaseId)) throw new Error(`database ${databaseId} exists already`);
    const now = this.now();
    this.databases.set(databaseId, {
      id: databaseId,
      title: input.title ?? "Untitled",
      parentPageId: newId(),
      dataSourceIds: [],
      createdMs: now,
      lastEditedMs: now,
      inTrash: false,
    });
    const dataSourceId = this.addDataSource(databaseId, {
      title: input.dataSourceTitle ?? input.title ?? "Untitled",
      ...(input.properties === undefined ? {} : { properties: input.properties }),
      ...(input.dataSourceId === undefined ? {} : { id: input.dataSourceId }),
      ...(input.formulas === undefined ? {} : { formulas: input.formulas }),
      ...(input.description === undefined ? {} : { description: input.description }),
    });
    return { databaseId, dataSourceId };
  }

  /** Adds another data source to a database (2025-09-03 databases may hold several). */
  addDataSource(
    databaseId: string,
    input: {
      title?: string;
      properties?: Record<string, PropertyInput>;
      id?: string;
      formulas?: Record<string, FormulaFn>;
      description?: string;
    },
  ): string {
    const db = this.database(databaseId);
    const id = input.id === undefined ? newId() : normalizeId(input.id, "data_source_id");
    const patch: JsonObject = {};
    const entries = Object.entries(input.properties ?? {});
    const hasTitle = entries.some(
      ([, v]) => v === "title" || (typeof v === "object" && ("title" in v || v.type === "title")),
    );
    if (!hasTitle) patch.Name = { title: {} };
    for (const [name, v] of entries)
      patch[name] = typeof v === "string" ? { [v]: {} } : (structuredClone(v) as JsonObject);
    const properties = patchSchema([], patch, { selectOptionUpdate: "replace", context: this.schemaContext });
    const formulas = new Map<string, FormulaFn>();
    for (const [name, fn] of Object.entries(input.formulas ?? {})) {
      const prop = findProperty(properties, name);
      if (prop === undefined || prop.type !== "formula") throw new Error(`${name} is not a formula property`);
      formulas.set(prop.id, fn);
    }
    const now = this.now();
    this.dataSources.set(id, {
      id,
      databaseId: db.id,
      title: input.title ?? db.title,
      properties,
      createdMs: now,
      lastEditedMs: now,
      inTrash: false,
      pages: [],
      nextUniqueId: 1,
      formulas,
      description: input.description === undefined ? [] : richTextFromString(input.description),
    });
    db.dataSourceIds.push(id);
    return id;
  }

  database(id: string): DatabaseRecord {
    const db = this.databases.get(id);
    if (db === undefined) throw objectNotFound("database", id);
    return db;
  }

  dataSource(id: string): DataSourceRecord {
    const ds = this.dataSources.get(id);
    if (ds === undefined) throw objectNotFound("data source", id);
    return ds;
  }

  page(id: string): PageRecord {
    const page = this.pageRecords.get(id);
    if (page === undefined) throw objectNotFound("page", id);
    return page;
  }

  /** Stores a new page; `values` are already stored payloads keyed by property id. */
  insertPage(ds: DataSourceRecord, values: Map<string, Json>, meta: Partial<PageRecord> = {}): PageRecord {
    const now = this.now();
    for (const p of ds.properties) {
      if (p.type === "unique_id" && !values.has(p.id)) values.set(p.id, ds.nextUniqueId++);
    }
    const createdMs = meta.createdMs ?? now;
    const page: PageRecord = {
      id: meta.id ?? newId(),
      seq: this.seq++,
      dataSourceId: ds.id,
      createdMs,
      lastEditedMs: meta.lastEditedMs ?? createdMs,
      createdBy: meta.createdBy ?? this.options.workspace.botUserId,
      lastEditedBy: meta.lastEditedBy ?? meta.createdBy ?? this.options.workspace.botUserId,
      inTrash: meta.inTrash ?? false,
      icon: meta.icon ?? null,
      cover: meta.cover ?? null,
      values,
    };
    if (this.pageRecords.has(page.id)) throw new Error(`page ${page.id} exists already`);
    this.pageRecords.set(page.id, page);
    ds.pages.push(page);
    return page;
  }

  /** Stored payloads from simple values (test helpers). */
  private storedValues(ds: DataSourceRecord, values: SimpleValues): Map<string, Json> {
    const out = new Map<string, Json>();
    for (const [name, v] of Object.entries(values)) {
      if (v === undefined) continue;
      const prop: PropertySchema | undefined = findProperty(ds.properties, name);
      if (prop === undefined) throw new Error(`data source ${ds.id} has no property "${name}"`);
      out.set(prop.id, storedFromSimple(prop, v));
    }
    return out;
  }

  addPage(dataSourceId: string, values: SimpleValues = {}, opts: AddPageOptions = {}): string {
    const ds = this.dataSource(dataSourceId);
    const createdMs = toMs(opts.createdTime, this.now());
    const by = opts.createdBy ?? this.options.personUserId;
    return this.insertPage(ds, this.storedValues(ds, values), {
      ...(opts.id === undefined ? {} : { id: normalizeId(opts.id, "page_id") }),
      createdMs,
      lastEditedMs: toMs(opts.lastEditedTime, createdMs),
      createdBy: by,
      lastEditedBy: by,
      inTrash: opts.inTrash ?? false,
      icon: opts.icon ?? null,
    }).id;
  }

  /** Changes a page as a person would in the Notion app (bumps last_edited_time unless told not to). */
  editPage(pageId: string, values: SimpleValues, opts: { touch?: boolean; at?: Date } = {}): void {
    const page = this.page(pageId);
    const ds = this.dataSource(page.dataSourceId);
    for (const [id, v] of this.storedValues(ds, values)) page.values.set(id, v);
    if (opts.touch !== false) {
      page.lastEditedMs = opts.at?.getTime() ?? this.now();
      page.lastEditedBy = this.options.personUserId;
    }
  }

  setTrashed(pageId: string, inTrash: boolean): void {
    const page = this.page(pageId);
    page.inTrash = inTrash;
    page.lastEditedMs = this.now();
  }

  view(page: PageRecord): PageView {
    const ds = this.dataSource(page.dataSourceId);
    return {
      id: page.id,
      dataSourceId: ds.id,
      inTrash: page.inTrash,
      raw: pageJson(page, ds),
      values: simpleValuesOf(page, ds),
    };
  }

  pagesOf(dataSourceId: string, opts: { includeTrashed?: boolean } = {}): PageView[] {
    const ds = this.dataSource(dataSourceId);
    const out: PageView[] = [];
    for (const page of ds.pages) {
      if (opts.includeTrashed === true || !page.inTrash) out.push(this.view(page));
    }
    return out;
  }

  pageRecordsOf(ds: DataSourceRecord): PageRecord[] {
    return ds.pages;
  }

  /** A page whose parent is another page (not a data source), e.g. a page for Tend's summary. */
  addStandalonePage(title: string, opts: { id?: string; parentPageId?: string } = {}): string {
    const now = this.now();
    const id = opts.id === undefined ? newId() : normalizeId(opts.id, "page_id");
    if (this.standalonePages.has(id) || this.pageRecords.has(id))
      throw new Error(`page ${id} exists already`);
    this.standalonePages.set(id, {
      id,
      title,
      parentPageId: opts.parentPageId ?? newId(),
      createdMs: now,
      lastEditedMs: now,
      createdBy: this.options.personUserId,
      lastEditedBy: this.options.personUserId,
      inTrash: false,
    });
    return id;
  }

  standalonePage(id: string): StandalonePageRecord {
    const page = this.standalonePages.get(id);
    if (page === undefined) throw objectNotFound("page", id);
    return page;
  }

  /** Children of a page or block, in order; `includeTrashed` also lists deleted ones. */
  childrenOf(parentId: string, opts: { includeTrashed?: boolean } = {}): BlockRecord[] {
    const out: BlockRecord[] = [];
    for (const id of this.childIds.get(parentId) ?? []) {
      const block = this.blocks.get(id);
      if (block !== undefined && (opts.includeTrashed === true || !block.inTrash)) out.push(block);
    }
    return out;
  }

  /** Stores a block at the end of its parent's children (or right after `after`). */
  insertBlock(
    parentId: string,
    parentType: BlockRecord["parentType"],
    type: string,
    payload: JsonObject,
    opts: { after?: string; createdBy?: string } = {},
  ): BlockRecord {
    const now = this.now();
    const by = opts.createdBy ?? this.options.workspace.botUserId;
    const block: BlockRecord = {
      id: newId(),
      parentId,
      parentType,
      type,
      payload,
      createdMs: now,
      lastEditedMs: now,
      createdBy: by,
      lastEditedBy: by,
      inTrash: false,
    };
    this.blocks.set(block.id, block);
    const siblings = this.childIds.get(parentId) ?? [];
    const at = opts.after === undefined ? -1 : siblings.indexOf(opts.after);
    if (at < 0) siblings.push(block.id);
    else siblings.splice(at + 1, 0, block.id);
    this.childIds.set(parentId, siblings);
    return block;
  }
}
