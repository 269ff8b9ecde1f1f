/**
 * Data source query filters: compound `and` / `or`, timestamp filters and property filters for
 * the common types, evaluated against the same payloads the API returns.
 */
import { bodyValidation, validationError } from "./errors.js";
import { payloadFor, simplifyPayload } from "./property-values.js";
import { plainText } from "./rich-text.js";
import { findProperty, isObject } from "./schema.js";
import type { DataSourceRecord, Json, JsonObject, PageRecord } from "./types.js";

export type Predicate = (page: PageRecord) => boolean;

const DAY = 86_400_000;
const show = (v: Json | undefined): string => (v === undefined ? "undefined" : JSON.stringify(v));

/** The single operator of a condition object, e.g. `{ equals: "x" }` -> ["equals", "x"]. */
function operator(cond: Json | undefined, path: string): [string, Json] {
  if (!isObject(cond)) throw bodyValidation(`${path} should be an object, instead was \`${show(cond)}\`.`);
  const entries = Object.entries(cond);
  const first = entries[0];
  if (entries.length !== 1 || first === undefined) {
    throw bodyValidation(`${path} should have exactly one filter condition, instead was \`${show(cond)}\`.`);
  }
  return first;
}

const unknownOp = (op: string, path: string): never => {
  throw bodyValidation(`${path}.${op} is not a supported filter condition.`);
};

function textCondition(op: string, arg: Json, path: string): (s: string) => boolean {
  const a = typeof arg === "string" ? arg : "";
  const lower = a.toLowerCase();
  switch (op) {
    case "equals":
      return (s) => s === a;
    case "does_not_equal":
      return (s) => s !== a;
    case "contains":
      return (s) => s.toLowerCase().includes(lower);
    case "does_not_contain":
      return (s) => !s.toLowerCase().includes(lower);
    case "starts_with":
      return (s) => s.toLowerCase().startsWith(lower);
    case "ends_with":
      return (s) => s.toLowerCase().endsWith(lower);
    case "is_empty":
      return (s) => s === "";
    case "is_not_empty":
      return (s) => s !== "";
    default:
      return unknownOp(op, path);
  }
}

function numberCondition(op: string, arg: Json, path: string): (n: number | null) => boolean {
  const a = typeof arg === "number" ? arg : Number.NaN;
  const cmp = (f: (n: number) => boolean) => (n: number | null) => n !== null && f(n);
  switch (op) {
    case "equals":
      return cmp((n) => n === a);
    case "does_not_equal":
      return (n) => n !== a;
    case "greater_than":
      return cmp((n) => n > a);
    case "less_than":
      return cmp((n) => n < a);
    case "greater_than_or_equal_to":
      return cmp((n) => n >= a);
    case "less_than_or_equal_to":
      return cmp((n) => n <= a);
    case "is_empty":
      return (n) => n === null;
    case "is_not_empty":
      return (n) => n !== null;
    default:
      return unknownOp(op, path);
  }
}

function checkboxCondition(op: string, arg: Json, path: string): (b: boolean) => boolean {
  if (op === "equals") return (b) => b === arg;
  if (op === "does_not_equal") return (b) => b !== arg;
  return unknownOp(op, path);
}

/** Conditions on a date (ms of the start; date-only filter values compare whole UTC days). */
function dateCondition(
  op: string,
  arg: Json,
  path: string,
  now: () => number,
): (ms: number | null) => boolean {
  const rel = (from: number, to: number) => (ms: number | null) => ms !== null && ms >= from && ms <= to;
  switch (op) {
    case "is_empty":
      return (ms) => ms === null;
    case "is_not_empty":
      return (ms) => ms !== null;
    case "past_week":
      return rel(now() - 7 * DAY, now());
    case "past_month":
      return rel(now() - 30 * DAY, now());
    case "past_year":
      return rel(now() - 365 * DAY, now());
    case "next_week":
      return rel(now(), now() + 7 * DAY);
    case "next_month":
      return rel(now(), now() + 30 * DAY);
    case "next_year":
      return rel(now(), now() + 365 * DAY);
    default:
      break;
  }
  const when = typeof arg === "string" ? Date.parse(arg) : Number.NaN;
  if (Number.isNaN(when))
    throw bodyValidation(
      `${path}.${op} should be a valid ISO 8601 date string, instead was \`${show(arg)}\`.`,
    );
  const dayOnly = typeof arg === "string" && arg.length === 10;
  const key = (ms: number) => (dayOnly ? Math.floor(ms / DAY) : ms);
  const target = key(when);
  const test = (f: (k: number) => boolean) => (ms: number | null) => ms !== null && f(key(ms));
  switch (op) {
    case "equals":
      return test((k) => k === target);
    case "before":
      return test((k) => k < target);
    case "after":
      return test((k) => k > target);
    case "on_or_before":
      return test((k) => k <= target);
    case "on_or_after":
      return test((k) => k >= target);
    default:
      return unknownOp(op, path);
  }
}

function listCondition(op: string, arg: Json, path: string): (items: readonly unknown[]) => boolean {
  switch (op) {
    case "contains":
      return (items) => items.includes(arg);
    case "does_not_contain":
      return (items) => !items.includes(arg);
    case "is_empty":
      return (items) => items.length === 0;
    case "is_not_empty":
      return (items) => items.length > 0;
    default:
      return unknownOp(op, path);
  }
}

function optionCondition(op: string, arg: Json, path: string): (name: string | null) => boolean {
  const names = Array.isArray(arg) ? arg : [arg];
  switch (op) {
    case "equals":
      return (n) => n !== null && names.includes(n);
    case "does_not_equal":
      return (n) => n === null || !names.includes(n);
    case "is_empty":
      return (n) => n === null;
    case "is_not_empty":
      return (n) => n !== null;
    default:
      return unknownOp(op, path);
  }
}

const dateMs = (v: unknown): number | null => {
  if (typeof v === "string") return Date.parse(v);
  if (isObject(v as Json) && typeof (v as JsonObject).start === "string")
    return Date.parse((v as JsonObject).start as string);
  return null;
};

/** A condition on a simplified value of the given kind. */
function valueCondition(
  kind: string,
  cond: Json | undefined,
  path: string,
  now: () => number,
): (v: unknown) => boolean {
  if (kind === "formula") {
    const [sub, inner] = operator(cond, path);
    const kindOf: Record<string, string> = {
      string: "rich_text",
      number: "number",
      checkbox: "checkbox",
      date: "date",
    };
    const k = kindOf[sub];
    if (k === undefined) return unknownOp(sub, path);
    return valueCondition(k, inner, `${path}.${sub}`, now);
  }
  const [op, arg] = operator(cond, path);
  switch (kind) {
    case "title":
    case "rich_text":
    case "url":
    case "email":
    case "phone_number": {
      const f = textCondition(op, arg, path);
      return (v) => f(typeof v === "string" ? v : "");
    }
    case "number":
    case "unique_id": {
      const f = numberCondition(op, arg, path);
      return (v) => f(typeof v === "number" ? v : null);
    }
    case "checkbox": {
      const f = checkboxCondition(op, arg, path);
      return (v) => f(v === true);
    }
    case "select":
    case "status": {
      const f = optionCondition(op, arg, path);
      return (v) => f(typeof v === "string" ? v : null);
    }
    case "date":
    case "created_time":
    case "last_edited_time": {
      const f = dateCondition(op, arg, path, now);
      return (v) => f(dateMs(v));
    }
    case "multi_select":
    case "people":
    case "relation":
    case "files":
    case "created_by":
    case "last_edited_by": {
      const f = listCondition(op, arg, path);
      return (v) => f(Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);
    }
    default:
      throw validationError(`Filtering on ${kind} properties is not supported by the fake Notion server.`);
  }
}

export function compileFilter(
  ds: DataSourceRecord,
  filter: Json | undefined,
  now: () => number,
  path = "body.filter",
): Predicate {
  if (filter === undefined || filter === null) return () => true;
  if (!isObject(filter))
    throw bodyValidation(`${path} should be an object, instead was \`${show(filter)}\`.`);
  for (const group of ["and", "or"] as const) {
    const parts = filter[group];
    if (parts === undefined) continue;
    if (!Array.isArray(parts))
      throw bodyValidation(`${path}.${group} should be an array, instead was \`${show(parts)}\`.`);
    const preds = parts.map((p, i) => compileFilter(ds, p, now, `${path}.${group}[${i}]`));
    return group === "and" ? (page) => preds.every((p) => p(page)) : (page) => preds.some((p) => p(page));
  }
  if (filter.timestamp === "created_time" || filter.timestamp === "last_edited_time") {
    const ts = filter.timestamp;
    const f = valueCondition(ts, filter[ts], `${path}.${ts}`, now);
    return (page) => f(new Date(ts === "created_time" ? page.createdMs : page.lastEditedMs).toISOString());
  }
  if (typeof filter.property !== "string") {
    throw bodyValidation(`${path}.property should be defined, instead was \`${show(filter.property)}\`.`);
  }
  const prop = findProperty(ds.properties, filter.property);
  if (prop === undefined)
    throw validationError(`Could not find property with name or id: ${filter.property}`);
  const kind = Object.keys(filter).find((k) => k !== "property" && k !== "type");
  if (kind === undefined)
    throw bodyValidation(`${path} should have a filter condition, instead was \`${show(filter)}\`.`);
  if (kind !== prop.type)
    throw validationError(`database property ${prop.type} does not match filter ${kind}`);
  const f = valueCondition(kind, filter[kind], `${path}.${kind}`, now);
  return (page) => {
    const payload = payloadFor(prop, page, ds);
    if (prop.type === "formula")
      return f(isObject(payload) && typeof payload.type === "string" ? payload[payload.type] : null);
    if (prop.type === "title" || prop.type === "rich_text") return f(plainText(payload));
    return f(simplifyPayload(prop.type, payload));
  };
}
