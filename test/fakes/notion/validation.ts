/**
 * Validation of the `properties` of POST /v1/pages and PATCH /v1/pages/{id}, with Notion's
 * own error wording, and their conversion to stored payloads.
 *
 * Order, as Notion does it: the body's structure first ("body failed validation: ..."), then the
 * values against the schema (unknown property, wrong type: all such messages joined by a space),
 * then the values themselves (select names with commas, unknown status options).
 */
import { bodyValidation, validationError } from "./errors.js";
import { MAX_RICH_TEXT_ITEMS, MAX_TEXT_CONTENT, richTextItemFromRequest } from "./rich-text.js";
import {
  checkOptionName,
  findOption,
  findProperty,
  isObject,
  isPropertyType,
  MAX_OPTION_NAME,
  makeOption,
} from "./schema.js";
import {
  type Json,
  type JsonObject,
  type PropertySchema,
  READ_ONLY_TYPES,
  SELECT_COLORS,
  type SelectColor,
  type SelectOption,
} from "./types.js";

const MAX_ARRAY = 100;
const MAX_URL = 2000;
const MAX_EMAIL = 200;
const MAX_PHONE = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedProperties {
  /** Property id -> stored payload. */
  values: Map<string, Json>;
  /** Select / multi_select options to add to the schema once the whole request is valid. */
  newOptions: Array<{ prop: PropertySchema; option: SelectOption }>;
}

const show = (v: Json | undefined): string => (v === undefined ? "undefined" : JSON.stringify(v));

export function expectArray(v: Json | undefined, path: string, max = MAX_ARRAY): Json[] {
  if (!Array.isArray(v)) throw bodyValidation(`${path} should be an array, instead was \`${show(v)}\`.`);
  if (v.length > max)
    throw bodyValidation(`${path}.length should be ≤ \`${max}\`, instead was \`${v.length}\`.`);
  return v;
}

export function expectObject(v: Json | undefined, path: string): JsonObject {
  if (!isObject(v)) throw bodyValidation(`${path} should be an object, instead was \`${show(v)}\`.`);
  return v;
}

export function expectString(v: Json | undefined, path: string, max: number, nullable: boolean): void {
  if (v === null && nullable) return;
  if (typeof v !== "string") {
    throw bodyValidation(
      `${path} should be a string${nullable ? " or `null`" : ""}, instead was \`${show(v)}\`.`,
    );
  }
  if (v.length > max)
    throw bodyValidation(`${path}.length should be ≤ \`${max}\`, instead was \`${v.length}\`.`);
}

export function checkRichText(v: Json | undefined, path: string): void {
  for (const [i, item] of expectArray(v, path, MAX_RICH_TEXT_ITEMS).entries()) {
    const p = `${path}[${i}]`;
    const o = expectObject(item, p);
    if (isObject(o.text)) {
      expectString(o.text.content, `${p}.text.content`, MAX_TEXT_CONTENT, false);
      if (o.text.link !== undefined && o.text.link !== null) {
        expectString(expectObject(o.text.link, `${p}.text.link`).url, `${p}.text.link.url`, MAX_URL, false);
      }
    } else if (isObject(o.equation)) {
      expectString(o.equation.expression, `${p}.equation.expression`, 1000, false);
    } else if (!isObject(o.mention)) {
      throw bodyValidation(`${p}.text should be defined, instead was \`undefined\`.`);
    }
  }
}

function checkOptionRef(v: Json | undefined, path: string): void {
  const o = expectObject(v, path);
  if (o.name === undefined && o.id === undefined)
    throw bodyValidation(`${path}.name should be defined, instead was \`undefined\`.`);
  if (o.name !== undefined) expectString(o.name, `${path}.name`, MAX_OPTION_NAME, false);
  if (o.id !== undefined) expectString(o.id, `${path}.id`, 100, false);
  if (o.color !== undefined && !(SELECT_COLORS as readonly Json[]).includes(o.color)) {
    throw bodyValidation(`${path}.color should be a select color, instead was \`${show(o.color)}\`.`);
  }
}

function checkDate(v: Json | undefined, path: string): void {
  if (v === null) return;
  const o = expectObject(v, path);
  for (const k of ["start", "end"] as const) {
    const d = o[k];
    if (k === "end" && (d === undefined || d === null)) continue;
    if (typeof d !== "string" || !ISO_DATE.test(d) || Number.isNaN(Date.parse(d))) {
      throw bodyValidation(
        `${path}.${k} should be a valid ISO 8601 date string, instead was \`${show(d)}\`.`,
      );
    }
  }
  if (o.time_zone !== undefined && o.time_zone !== null)
    expectString(o.time_zone, `${path}.time_zone`, 100, false);
}

/** The body's structure, by the type key the request uses. */
function checkStructure(type: string, v: Json | undefined, path: string): void {
  switch (type) {
    case "title":
    case "rich_text":
      checkRichText(v, path);
      break;
    case "number":
      if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) {
        throw bodyValidation(`${path} should be a number or \`null\`, instead was \`${show(v)}\`.`);
      }
      break;
    case "checkbox":
      if (typeof v !== "boolean") {
        throw bodyValidation(`${path} should be a boolean, instead was \`${show(v)}\`.`);
      }
      break;
    case "url":
      expectString(v, path, MAX_URL, true);
      break;
    case "email":
      expectString(v, path, MAX_EMAIL, true);
      break;
    case "phone_number":
      expectString(v, path, MAX_PHONE, true);
      break;
    case "select":
    case "status":
      if (v !== null) checkOptionRef(v, path);
      break;
    case "multi_select":
      for (const [i, o] of expectArray(v, path).entries()) checkOptionRef(o, `${path}[${i}]`);
      break;
    case "date":
      checkDate(v, path);
      break;
    case "people":
    case "relation":
      for (const [i, o] of expectArray(v, path).entries()) {
        expectString(expectObject(o, `${path}[${i}]`).id, `${path}[${i}].id`, 100, false);
      }
      break;
    case "files":
      for (const [i, o] of expectArray(v, path).entries()) expectObject(o, `${path}[${i}]`);
      break;
    default:
      break;
  }
}

/** The type key a property value request uses: its `type`, else its first known type key. */
function requestType(value: JsonObject, path: string): string {
  if (typeof value.type === "string" && isPropertyType(value.type)) {
    if (value[value.type] === undefined)
      throw bodyValidation(`${path}.${value.type} should be defined, instead was \`undefined\`.`);
    return value.type;
  }
  const key = Object.keys(value).find(isPropertyType);
  if (key === undefined) {
    throw bodyValidation(
      `${path} should be a property value object (title, rich_text, select, ...), instead was \`${show(value)}\`.`,
    );
  }
  return key;
}

interface Entry {
  key: string;
  type: string;
  payload: Json | undefined;
}

export function parsePageProperties(
  schema: readonly PropertySchema[],
  raw: Json | undefined,
): ParsedProperties {
  const out: ParsedProperties = { values: new Map(), newOptions: [] };
  if (raw === undefined) return out;
  if (!isObject(raw))
    throw bodyValidation(`body.properties should be an object, instead was \`${show(raw)}\`.`);

  const entries: Entry[] = Object.entries(raw).map(([key, value]) => {
    const path = `body.properties.${key}`;
    const type = requestType(expectObject(value, path), path);
    const payload = (value as JsonObject)[type];
    checkStructure(type, payload, `${path}.${type}`);
    return { key, type, payload };
  });

  const problems: string[] = [];
  const resolved: Array<{ prop: PropertySchema; payload: Json | undefined }> = [];
  for (const e of entries) {
    const prop = findProperty(schema, e.key);
    if (prop === undefined) problems.push(`${e.key} is not a property that exists.`);
    else if (e.type !== prop.type) problems.push(`${prop.name} is expected to be ${prop.type}.`);
    else if (READ_ONLY_TYPES.has(prop.type))
      problems.push(`${prop.name} is a ${prop.type} property: its value cannot be set.`);
    else resolved.push({ prop, payload: e.payload });
  }
  if (problems.length > 0) throw validationError(problems.join(" "));

  for (const { prop, payload } of resolved) out.values.set(prop.id, toStored(prop, payload, out));
  return out;
}

function optionId(prop: PropertySchema, ref: JsonObject, out: ParsedProperties): string {
  const id = typeof ref.id === "string" ? ref.id : undefined;
  const name = typeof ref.name === "string" ? ref.name : undefined;
  const pending = out.newOptions.filter((n) => n.prop === prop).map((n) => n.option);
  const all = { ...prop, options: [...prop.options, ...pending] };
  const found = findOption(all, id !== undefined ? { id } : { name: name ?? "" });
  if (found !== undefined) return found.id;
  if (prop.type === "status")
    throw validationError(`Invalid status option. Status option "${name ?? id}" does not exist.`);
  if (name === undefined) throw validationError(`Invalid select option id: ${id ?? ""}.`);
  checkOptionName(name);
  const option = makeOption(all, name, ref.color as SelectColor | undefined);
  out.newOptions.push({ prop, option });
  return option.id;
}

function toStored(prop: PropertySchema, payload: Json | undefined, out: ParsedProperties): Json {
  const v = payload ?? null;
  switch (prop.type) {
    case "title":
    case "rich_text":
      return (v as JsonObject[]).map(richTextItemFromRequest);
    case "select":
    case "status":
      return v === null ? null : optionId(prop, v as JsonObject, out);
    case "multi_select":
      return [...new Set((v as JsonObject[]).map((ref) => optionId(prop, ref, out)))];
    case "date": {
      if (v === null) return null;
      const d = v as JsonObject;
      return { start: d.start ?? null, end: d.end ?? null, time_zone: d.time_zone ?? null };
    }
    case "people":
      return (v as JsonObject[]).map((o) => ({ object: "user", id: o.id ?? null }));
    case "relation":
      return (v as JsonObject[]).map((o) => ({ id: o.id ?? null }));
    case "files":
      return (v as JsonObject[]).map(fileFromRequest);
    default:
      return v;
  }
}

function fileFromRequest(f: JsonObject): Json {
  const ext = isObject(f.external) ? f.external : undefined;
  if (ext !== undefined) {
    const url = typeof ext.url === "string" ? ext.url : "";
    return { name: typeof f.name === "string" ? f.name : url, type: "external", external: { url } };
  }
  const upload = isObject(f.file_upload) ? f.file_upload : {};
  const id = typeof upload.id === "string" ? upload.id : "upload";
  return {
    name: typeof f.name === "string" ? f.name : id,
    type: "file",
    file: {
      url: `https://prod-files-secure.s3.us-west-2.amazonaws.com/fake/${id}`,
      expiry_time: "2099-01-01T00:00:00.000Z",
    },
  };
}
