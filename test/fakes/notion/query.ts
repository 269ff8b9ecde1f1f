/**
 * POST /v1/data_sources/{id}/query: validation of page_size / start_cursor / sorts, sorting,
 * keyset pagination with opaque cursors, and Notion's per-query result limit (10,000 rows:
 * after that `has_more` is false and `request_status` says "incomplete").
 */
import { createHash } from "node:crypto";
import { bodyValidation, validationError } from "./errors.js";
import { compileFilter } from "./filters.js";
import { payloadFor, simplifyPayload } from "./property-values.js";
import { plainText } from "./rich-text.js";
import { findProperty, isObject } from "./schema.js";
import type { DataSourceRecord, Json, JsonObject, PageRecord, PropertySchema } from "./types.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_QUERY_RESULT_LIMIT = 10_000;

type Key = string | number | null;

export interface QueryResult {
  pages: PageRecord[];
  nextCursor: string | null;
  hasMore: boolean;
  /** The query matched more rows than the result limit: Notion's `request_status: incomplete`. */
  incomplete: boolean;
}

export interface QueryOptions {
  /** null: no per-query limit. */
  resultLimit: number | null;
  now: () => number;
}

interface Cursor {
  q: string;
  k: Key[];
  s: number;
  n: number;
}

const show = (v: Json | undefined): string => (v === undefined ? "undefined" : JSON.stringify(v));

function pageSizeOf(v: Json | undefined): number {
  if (v === undefined) return MAX_PAGE_SIZE;
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw bodyValidation(`body.page_size should be an integer, instead was \`${show(v)}\`.`);
  }
  if (v > MAX_PAGE_SIZE)
    throw bodyValidation(`body.page_size should be ≤ \`${MAX_PAGE_SIZE}\`, instead was \`${v}\`.`);
  if (v < 1) throw bodyValidation(`body.page_size should be ≥ \`1\`, instead was \`${v}\`.`);
  return v;
}

interface SortSpec {
  key: (page: PageRecord) => Key;
  descending: boolean;
}

function optionIndex(prop: PropertySchema, payload: Json): Key {
  if (!isObject(payload)) return null;
  const i = prop.options.findIndex((o) => o.id === payload.id);
  return i < 0 ? null : i;
}

/** The sort key of a property: text lowercased, select/status by option order (as Notion sorts). */
function propertyKey(prop: PropertySchema, ds: DataSourceRecord): (page: PageRecord) => Key {
  return (page) => {
    const payload = payloadFor(prop, page, ds);
    switch (prop.type) {
      case "title":
      case "rich_text": {
        const s = plainText(payload).toLowerCase();
        return s === "" ? null : s;
      }
      case "select":
      case "status":
        return optionIndex(prop, payload);
      case "multi_select":
        return Array.isArray(payload) && payload[0] !== undefined ? optionIndex(prop, payload[0]) : null;
      case "checkbox":
        return payload === true ? 1 : 0;
      default: {
        const v = simplifyPayload(prop.type, payload);
        if (typeof v === "number") return v;
        if (typeof v === "boolean") return v ? 1 : 0;
        if (typeof v === "string")
          return /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : v === "" ? null : v.toLowerCase();
        if (isObject(v as Json) && typeof (v as JsonObject).start === "string")
          return Date.parse((v as JsonObject).start as string);
        if (Array.isArray(v)) return v.length === 0 ? null : String(v[0]);
        return null;
      }
    }
  };
}

function sortSpecs(ds: DataSourceRecord, sorts: Json | undefined): SortSpec[] {
  if (sorts === undefined) return [];
  if (!Array.isArray(sorts))
    throw bodyValidation(`body.sorts should be an array, instead was \`${show(sorts)}\`.`);
  return sorts.map((s, i) => {
    const path = `body.sorts[${i}]`;
    if (!isObject(s)) throw bodyValidation(`${path} should be an object, instead was \`${show(s)}\`.`);
    if (s.direction !== "ascending" && s.direction !== "descending") {
      throw bodyValidation(
        `${path}.direction should be \`"ascending"\` or \`"descending"\`, instead was \`${show(s.direction)}\`.`,
      );
    }
    const descending = s.direction === "descending";
    if (s.timestamp === "created_time") return { key: (p: PageRecord) => p.createdMs, descending };
    if (s.timestamp === "last_edited_time") return { key: (p: PageRecord) => p.lastEditedMs, descending };
    if (typeof s.property !== "string")
      throw bodyValidation(`${path}.property should be defined, instead was \`undefined\`.`);
    const prop = findProperty(ds.properties, s.property);
    if (prop === undefined)
      throw validationError(`Could not find sort property with name or id: ${s.property}`);
    return { key: propertyKey(prop, ds), descending };
  });
}

/** Empty values sort last in both directions, as in Notion. */
function compareKeys(a: Key, b: Key, descending: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = a < b ? -1 : a > b ? 1 : 0;
  return descending ? -c : c;
}

function compareRows(a: { k: Key[]; s: number }, b: { k: Key[]; s: number }, specs: SortSpec[]): number {
  for (let i = 0; i < specs.length; i += 1) {
    const c = compareKeys(a.k[i] ?? null, b.k[i] ?? null, (specs[i] as SortSpec).descending);
    if (c !== 0) return c;
  }
  return a.s - b.s;
}

/** Index of the first row after the cursor's row (binary search: rows are sorted). */
function firstAfter(rows: ReadonlyArray<{ k: Key[]; s: number }>, cursor: Cursor, specs: SortSpec[]): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRows(rows[mid] as { k: Key[]; s: number }, cursor, specs) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

function decodeCursor(raw: Json | undefined, fingerprint: string): Cursor | undefined {
  if (raw === undefined || raw === null) return undefined;
  const invalid = () => validationError(`The start_cursor provided is invalid: ${show(raw)}`);
  if (typeof raw !== "string") throw invalid();
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    if (c.q !== fingerprint || !Array.isArray(c.k) || typeof c.s !== "number" || typeof c.n !== "number")
      throw invalid();
    return c;
  } catch {
    throw invalid();
  }
}

export function runQuery(
  ds: DataSourceRecord,
  pages: readonly PageRecord[],
  body: JsonObject,
  opts: QueryOptions,
): QueryResult {
  const pageSize = pageSizeOf(body.page_size);
  const specs = sortSpecs(ds, body.sorts);
  const matches = compileFilter(ds, body.filter, opts.now);
  const fingerprint = createHash("sha1")
    .update(
      JSON.stringify([
        ds.id,
        body.filter ?? null,
        body.sorts ?? null,
        body.in_trash ?? body.archived ?? null,
      ]),
    )
    .digest("hex")
    .slice(0, 12);
  const cursor = decodeCursor(body.start_cursor, fingerprint);
  const withTrash = body.in_trash === true || body.archived === true;

  const rows = pages
    .filter((p) => (withTrash || !p.inTrash) && matches(p))
    .map((p) => ({ page: p, k: specs.map((s) => s.key(p)), s: p.seq }));
  // Pages are kept in creation order, which is already the order without sorts.
  if (specs.length > 0) rows.sort((a, b) => compareRows(a, b, specs));
  const from = cursor === undefined ? 0 : firstAfter(rows, cursor, specs);
  const returned = cursor?.n ?? 0;
  const limit = opts.resultLimit;
  const room = limit === null ? Number.POSITIVE_INFINITY : Math.max(0, limit - returned);
  const slice = rows.slice(from, from + Math.min(pageSize, room));
  const last = slice[slice.length - 1];
  const n = returned + slice.length;
  const hasMore = last !== undefined && from + slice.length < rows.length && (limit === null || n < limit);
  return {
    pages: slice.map((r) => r.page),
    nextCursor:
      hasMore && last !== undefined ? encodeCursor({ q: fingerprint, k: last.k, s: last.s, n }) : null,
    hasMore,
    incomplete: limit !== null && rows.length > limit,
  };
}
