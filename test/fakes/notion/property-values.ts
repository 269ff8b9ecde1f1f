/**
 * Page property values: what the model stores, how Notion renders it, and the conversions
 * between simple JS values (test helpers) and Notion's property value shapes.
 *
 * Stored payloads are the API payload (the value under the type key) except for select and
 * status (the option id) and multi_select (option ids), so renamed options show their new name.
 */
import { minuteTime } from "./ids.js";
import { plainText, richTextFromString } from "./rich-text.js";
import { checkOptionName, findOption, isObject, makeOption } from "./schema.js";
import type { DataSourceRecord, Json, JsonObject, PageRecord, PropertySchema, SimpleValue } from "./types.js";

export function emptyPayload(prop: PropertySchema): Json {
  switch (prop.type) {
    case "title":
    case "rich_text":
    case "multi_select":
    case "people":
    case "files":
    case "relation":
      return [];
    case "checkbox":
      return false;
    case "formula":
      return { type: "string", string: null };
    case "rollup":
      return { type: "number", number: null, function: (prop.config.function as Json) ?? "count" };
    case "button":
      return {};
    case "verification":
      return { state: "unverified", date: null, verified_by: null };
    default:
      return null;
  }
}

function optionJson(prop: PropertySchema, id: Json | undefined): Json {
  if (typeof id !== "string") return null;
  const o = findOption(prop, { id });
  return o === undefined ? null : { id: o.id, name: o.name, color: o.color };
}

/** The API payload of one property of a page: what Notion puts under the type key. */
export function payloadFor(prop: PropertySchema, page: PageRecord, ds: DataSourceRecord): Json {
  const stored = page.values.get(prop.id);
  switch (prop.type) {
    case "created_time":
      return minuteTime(page.createdMs);
    case "last_edited_time":
      return minuteTime(page.lastEditedMs);
    case "created_by":
      return { object: "user", id: page.createdBy };
    case "last_edited_by":
      return { object: "user", id: page.lastEditedBy };
    case "unique_id":
      return {
        prefix: (prop.config.prefix as Json) ?? null,
        number: typeof stored === "number" ? stored : null,
      };
    case "select":
    case "status":
      return optionJson(prop, stored);
    case "multi_select":
      return Array.isArray(stored) ? stored.map((id) => optionJson(prop, id)).filter((o) => o !== null) : [];
    case "formula": {
      const fn = ds.formulas.get(prop.id);
      if (fn !== undefined) return formulaFromSimple(fn(simpleValuesOf(page, ds, true)));
      return stored ?? emptyPayload(prop);
    }
    default:
      return stored === undefined ? emptyPayload(prop) : structuredClone(stored);
  }
}

/** `{ id, type, [type]: payload }`, as in a page's `properties`. */
export function propertyValueJson(prop: PropertySchema, page: PageRecord, ds: DataSourceRecord): JsonObject {
  const value: JsonObject = { id: prop.id, type: prop.type, [prop.type]: payloadFor(prop, page, ds) };
  if (prop.type === "relation") value.has_more = false;
  return value;
}

/** The simple JS value of an API payload: text as a string, select as its name, dates as `start`... */
export function simplifyPayload(type: string, payload: Json | undefined): unknown {
  if (payload === undefined || payload === null) return type === "checkbox" ? false : null;
  switch (type) {
    case "title":
    case "rich_text":
      return plainText(payload);
    case "select":
    case "status":
      return isObject(payload) ? payload.name : null;
    case "multi_select":
      return Array.isArray(payload) ? payload.map((o) => (isObject(o) ? o.name : null)) : [];
    case "people":
    case "relation":
      return Array.isArray(payload) ? payload.map((o) => (isObject(o) ? o.id : null)) : [];
    case "files":
      return Array.isArray(payload) ? payload.map(fileUrl) : [];
    case "date":
      return simplifyDate(payload);
    case "created_by":
    case "last_edited_by":
      return isObject(payload) ? payload.id : null;
    case "unique_id":
      if (!isObject(payload) || typeof payload.number !== "number") return null;
      return typeof payload.prefix === "string" ? `${payload.prefix}-${payload.number}` : payload.number;
    case "formula":
    case "rollup":
      if (!isObject(payload) || typeof payload.type !== "string") return null;
      return simplifyPayload(payload.type === "string" ? "text" : payload.type, payload[payload.type]);
    case "array":
      return Array.isArray(payload)
        ? payload.map((v) =>
            isObject(v) && typeof v.type === "string" ? simplifyPayload(v.type, v[v.type]) : v,
          )
        : [];
    default:
      return payload;
  }
}

function fileUrl(f: Json): Json {
  if (!isObject(f)) return null;
  const inner = f.type === "file" ? f.file : f.external;
  return isObject(inner) ? (inner.url ?? null) : null;
}

function simplifyDate(d: Json): unknown {
  if (!isObject(d)) return null;
  if ((d.end ?? null) === null && (d.time_zone ?? null) === null) return d.start ?? null;
  return { start: d.start ?? null, end: d.end ?? null, time_zone: d.time_zone ?? null };
}

/** Simplifies every property of an API page object: `{ Name: "Ada", Status: "New", ... }`. */
export function simplifyProperties(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    const v = value as JsonObject;
    out[name] = typeof v.type === "string" ? simplifyPayload(v.type, v[v.type]) : undefined;
  }
  return out;
}

/** The simplified values of a stored page, keyed by property name. */
export function simpleValuesOf(
  page: PageRecord,
  ds: DataSourceRecord,
  skipFormulas = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of ds.properties) {
    if (skipFormulas && prop.type === "formula") continue;
    out[prop.name] = simplifyPayload(prop.type, payloadFor(prop, page, ds));
  }
  return out;
}

export function dateFromSimple(value: SimpleValue): Json {
  if (value === null) return null;
  if (value instanceof Date) return { start: value.toISOString(), end: null, time_zone: null };
  if (typeof value === "string") return { start: value, end: null, time_zone: null };
  if (typeof value === "object" && !Array.isArray(value) && "start" in value) {
    return { start: value.start, end: value.end ?? null, time_zone: value.time_zone ?? null };
  }
  throw new TypeError(`not a date: ${JSON.stringify(value)}`);
}

export function formulaFromSimple(value: SimpleValue): Json {
  if (typeof value === "number") return { type: "number", number: value };
  if (typeof value === "boolean") return { type: "boolean", boolean: value };
  if (typeof value === "string") return { type: "string", string: value };
  if (value === null) return { type: "string", string: null };
  return { type: "date", date: dateFromSimple(value) };
}

function stringsOf(value: SimpleValue, what: string): readonly string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value as readonly string[];
  throw new TypeError(`${what} expects an array of strings, got ${JSON.stringify(value)}`);
}

function optionIdFor(prop: PropertySchema, name: string, create: boolean): string {
  const found = findOption(prop, { name });
  if (found !== undefined) return found.id;
  if (!create) throw new TypeError(`"${name}" is not an option of ${prop.type} property ${prop.name}`);
  checkOptionName(name);
  const option = makeOption(prop, name);
  prop.options.push(option);
  return option.id;
}

/**
 * A simple JS value as the stored payload of `prop` (test helper: throws TypeError on misuse).
 * Unknown select / multi_select names are added to the schema, as Notion does; status names must exist.
 */
export function storedFromSimple(prop: PropertySchema, value: SimpleValue): Json {
  const str = (v: SimpleValue): string | null => (v === null ? null : String(v));
  switch (prop.type) {
    case "title":
    case "rich_text":
      return value === null ? [] : richTextFromString(String(value));
    case "number":
      if (value !== null && typeof value !== "number") throw new TypeError(`${prop.name} expects a number`);
      return value;
    case "checkbox":
      return value === true;
    case "url":
    case "email":
    case "phone_number":
      return str(value);
    case "select":
    case "status":
      return value === null ? null : optionIdFor(prop, String(value), prop.type === "select");
    case "multi_select":
      return stringsOf(value, prop.name).map((name) => optionIdFor(prop, name, true));
    case "date":
      return dateFromSimple(value);
    case "people":
      return stringsOf(value, prop.name).map((id) => ({ object: "user", id }));
    case "relation":
      return stringsOf(value, prop.name).map((id) => ({ id }));
    case "files":
      return stringsOf(value, prop.name).map((url) => ({ name: url, type: "external", external: { url } }));
    case "formula":
      return formulaFromSimple(value);
    case "unique_id":
      return typeof value === "number" ? value : null;
    case "rollup":
      return typeof value === "number" || value === null
        ? { type: "number", number: value, function: (prop.config.function as Json) ?? "count" }
        : {
            type: "date",
            date: dateFromSimple(value),
            function: (prop.config.function as Json) ?? "latest_date",
          };
    default:
      throw new TypeError(`${prop.name} (${prop.type}) cannot be set by the test helper`);
  }
}
