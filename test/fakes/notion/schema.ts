/**
 * Data source property schemas: parsing Notion's property configuration requests (used by
 * `createDatabase` and PATCH /v1/data_sources/{id}) and rendering the schema as Notion does.
 */
import { bodyValidation, validationError } from "./errors.js";
import { newId, newPropertyId } from "./ids.js";
import {
  type Json,
  type JsonObject,
  PROPERTY_TYPES,
  type PropertySchema,
  type PropertyType,
  SELECT_COLORS,
  type SelectColor,
  type SelectOption,
  type StatusGroup,
} from "./types.js";

export const MAX_OPTION_NAME = 100;

/** How PATCH /v1/data_sources treats `options` of an existing select: Notion's documented rule is "replace". */
export type SelectOptionUpdate = "replace" | "merge";

export const isObject = (v: Json | undefined): v is JsonObject =>
  v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v);

export const isPropertyType = (v: unknown): v is PropertyType =>
  typeof v === "string" && (PROPERTY_TYPES as readonly string[]).includes(v);

/** Finds a property by name, or by id (as sent: URL-encoded or not). */
export function findProperty(properties: readonly PropertySchema[], key: string): PropertySchema | undefined {
  const byName = properties.find((p) => p.name === key);
  if (byName !== undefined) return byName;
  return properties.find((p) => p.id === key || safeDecode(p.id) === key);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Colors Notion hands to options created without one (it picks; we cycle, deterministically). */
const AUTO_COLORS: readonly SelectColor[] = [
  "gray",
  "brown",
  "orange",
  "yellow",
  "green",
  "blue",
  "purple",
  "pink",
  "red",
];

export function findOption(
  prop: PropertySchema,
  ref: { id?: string; name?: string },
): SelectOption | undefined {
  if (ref.id !== undefined) return prop.options.find((o) => o.id === ref.id);
  return prop.options.find((o) => o.name === ref.name);
}

export function makeOption(prop: PropertySchema, name: string, color?: SelectColor): SelectOption {
  const auto = AUTO_COLORS[prop.options.length % AUTO_COLORS.length] ?? "default";
  return { id: newId(), name, color: color ?? auto, description: null };
}

/** Notion refuses commas in select and multi_select option names. */
export function checkOptionName(name: string): void {
  if (name.includes(",")) throw validationError(`Invalid select option, commas not allowed: ${name}`);
}

function parseColor(v: Json | undefined, path: string): SelectColor | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string" && (SELECT_COLORS as readonly string[]).includes(v)) return v as SelectColor;
  throw bodyValidation(
    `${path} should be one of ${SELECT_COLORS.map((c) => `\`"${c}"\``).join(", ")}, instead was \`${JSON.stringify(v)}\`.`,
  );
}

interface OptionRequest {
  id?: string;
  name?: string;
  color?: SelectColor;
  description: string | null;
}

function parseOptionRequests(config: JsonObject, path: string): OptionRequest[] {
  const raw = config.options;
  if (raw === undefined) return [];
  if (!Array.isArray(raw))
    throw bodyValidation(`${path}.options should be an array, instead was \`${JSON.stringify(raw)}\`.`);
  return raw.map((o, i) => {
    const p = `${path}.options[${i}]`;
    if (!isObject(o)) throw bodyValidation(`${p} should be an object, instead was \`${JSON.stringify(o)}\`.`);
    const name = typeof o.name === "string" ? o.name : undefined;
    const id = typeof o.id === "string" ? o.id : undefined;
    if (name === undefined && id === undefined)
      throw bodyValidation(`${p}.name should be defined, instead was \`undefined\`.`);
    if (name !== undefined) {
      if (name.length > MAX_OPTION_NAME) {
        throw bodyValidation(
          `${p}.name.length should be ≤ \`${MAX_OPTION_NAME}\`, instead was \`${name.length}\`.`,
        );
      }
      checkOptionName(name);
    }
    const color = parseColor(o.color, `${p}.color`);
    const req: OptionRequest = { description: typeof o.description === "string" ? o.description : null };
    if (id !== undefined) req.id = id;
    if (name !== undefined) req.name = name;
    if (color !== undefined) req.color = color;
    return req;
  });
}

/** Applies option requests to a property's options (new options are added; existing keep id and color). */
function applyOptions(prop: PropertySchema, requests: OptionRequest[], mode: SelectOptionUpdate): void {
  const kept: SelectOption[] = [];
  for (const req of requests) {
    const existing = findOption(prop, req.id !== undefined ? { id: req.id } : { name: req.name ?? "" });
    if (existing !== undefined) {
      if (!kept.includes(existing)) kept.push(existing);
      continue;
    }
    if (req.name === undefined)
      throw validationError(`Select option with id ${req.id ?? ""} does not exist.`);
    const option = makeOption({ ...prop, options: [...prop.options, ...kept] }, req.name, req.color);
    option.description = req.description;
    if (req.id !== undefined) option.id = req.id;
    kept.push(option);
  }
  if (mode === "merge") {
    prop.options = [...prop.options, ...kept.filter((o) => !prop.options.includes(o))];
  } else {
    prop.options = kept;
  }
  if (prop.type === "status") syncStatusGroups(prop);
}

function defaultStatus(prop: PropertySchema): void {
  const notStarted: SelectOption = { id: newId(), name: "Not started", color: "default", description: null };
  const inProgress: SelectOption = { id: newId(), name: "In progress", color: "blue", description: null };
  const done: SelectOption = { id: newId(), name: "Done", color: "green", description: null };
  prop.options = [notStarted, inProgress, done];
  prop.groups = [
    { id: newId(), name: "To-do", color: "gray", option_ids: [notStarted.id] },
    { id: newId(), name: "In progress", color: "blue", option_ids: [inProgress.id] },
    { id: newId(), name: "Complete", color: "green", option_ids: [done.id] },
  ];
}

/** Every status option belongs to exactly one group; options without one go to the first group. */
function syncStatusGroups(prop: PropertySchema): void {
  if (prop.groups.length === 0) {
    prop.groups = [
      { id: newId(), name: "To-do", color: "gray", option_ids: [] },
      { id: newId(), name: "In progress", color: "blue", option_ids: [] },
      { id: newId(), name: "Complete", color: "green", option_ids: [] },
    ];
  }
  const ids = new Set(prop.options.map((o) => o.id));
  for (const g of prop.groups) g.option_ids = g.option_ids.filter((id) => ids.has(id));
  const grouped = new Set(prop.groups.flatMap((g) => g.option_ids));
  const first = prop.groups[0] as StatusGroup;
  for (const o of prop.options) if (!grouped.has(o.id)) first.option_ids.push(o.id);
}

/** The type a configuration request names: its `type`, else its single known type key. */
export function configType(req: JsonObject, path: string): PropertyType | undefined {
  if (req.type !== undefined) {
    if (!isPropertyType(req.type)) {
      throw bodyValidation(
        `${path}.type should be a property type, instead was \`${JSON.stringify(req.type)}\`.`,
      );
    }
    return req.type;
  }
  const keys = Object.keys(req).filter(isPropertyType);
  if (keys.length > 1)
    throw bodyValidation(`${path} should have only one property type key, instead had ${keys.join(", ")}.`);
  return keys[0];
}

export interface SchemaContext {
  /** The database of a data source, for relation configs. */
  databaseOf(dataSourceId: string): string | undefined;
}

/** Fills the type configuration of `prop` from a request `config` (the object under the type key). */
function configure(
  prop: PropertySchema,
  config: JsonObject,
  path: string,
  mode: SelectOptionUpdate,
  ctx: SchemaContext,
): void {
  switch (prop.type) {
    case "select":
    case "multi_select":
      applyOptions(prop, parseOptionRequests(config, path), mode);
      return;
    case "status": {
      const requests = parseOptionRequests(config, path);
      if (requests.length === 0 && prop.options.length === 0) defaultStatus(prop);
      else if (requests.length > 0)
        applyOptions(prop, requests, prop.options.length === 0 ? "replace" : mode);
      return;
    }
    case "number":
      prop.config = {
        format:
          typeof config.format === "string" ? config.format : ((prop.config.format as Json) ?? "number"),
      };
      return;
    case "formula":
      prop.config = {
        expression:
          typeof config.expression === "string"
            ? config.expression
            : ((prop.config.expression as Json) ?? ""),
      };
      return;
    case "unique_id":
      prop.config = { prefix: typeof config.prefix === "string" ? config.prefix : null };
      return;
    case "relation": {
      const dsId = typeof config.data_source_id === "string" ? config.data_source_id : "";
      const kind =
        isObject(config.dual_property) || config.type === "dual_property"
          ? "dual_property"
          : "single_property";
      prop.config = {
        database_id: ctx.databaseOf(dsId) ?? dsId,
        data_source_id: dsId,
        type: kind,
        [kind]: kind === "dual_property" ? { synced_property_id: "", synced_property_name: "" } : {},
      };
      return;
    }
    case "rollup":
      prop.config = { ...config };
      return;
    default:
      prop.config = {};
  }
}

export interface PatchOptions {
  selectOptionUpdate: SelectOptionUpdate;
  context: SchemaContext;
  /** Called when an existing property changes type: the fake drops the values it can no longer read. */
  onTypeChange?: (prop: PropertySchema) => void;
  onDelete?: (prop: PropertySchema) => void;
}

/**
 * Applies a `properties` patch to a schema, in place, atomically: on a validation error the
 * schema is left as it was. Keys are property names or ids; values are a configuration, a
 * `{ name }` rename, or null (delete).
 */
export function patchSchema(
  properties: PropertySchema[],
  patch: Json | undefined,
  opts: PatchOptions,
): PropertySchema[] {
  if (patch === undefined) return properties;
  if (!isObject(patch))
    throw bodyValidation(`body.properties should be an object, instead was \`${JSON.stringify(patch)}\`.`);
  const next = properties.map((p) => ({
    ...p,
    options: [...p.options],
    groups: p.groups.map((g) => ({ ...g, option_ids: [...g.option_ids] })),
  }));
  const changed: PropertySchema[] = [];
  const deleted: PropertySchema[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const path = `body.properties.${key}`;
    const existing = findProperty(next, key);
    if (value === null) {
      if (existing === undefined) throw validationError(`${key} is not a property that exists.`);
      if (existing.type === "title") throw validationError("Cannot delete the title property.");
      next.splice(next.indexOf(existing), 1);
      deleted.push(existing);
      continue;
    }
    if (!isObject(value))
      throw bodyValidation(
        `${path} should be an object or \`null\`, instead was \`${JSON.stringify(value)}\`.`,
      );
    const type = configType(value, path);
    const newName = typeof value.name === "string" ? value.name : undefined;
    if (newName !== undefined) {
      const clash = next.find((p) => p.name === newName);
      if (clash !== undefined && clash !== existing)
        throw validationError(`A property named ${newName} already exists.`);
    }
    const description = typeof value.description === "string" ? value.description : undefined;
    if (existing === undefined) {
      if (type === undefined) throw validationError(`${key} is not a property that exists.`);
      if (type === "title" && next.some((p) => p.type === "title")) {
        throw validationError("A data source can only have one title property.");
      }
      const prop: PropertySchema = {
        id: type === "title" ? "title" : newPropertyId(new Set(next.map((p) => p.id))),
        name: newName ?? key,
        description: description ?? null,
        type,
        options: [],
        groups: [],
        config: {},
      };
      const config = value[type];
      configure(prop, isObject(config) ? config : {}, `${path}.${type}`, "replace", opts.context);
      next.push(prop);
      continue;
    }
    if (newName !== undefined) existing.name = newName;
    if (description !== undefined) existing.description = description;
    if (type === undefined) continue;
    if (type !== existing.type) {
      if (existing.type === "title") throw validationError("Cannot change the type of the title property.");
      if (type === "title") throw validationError("A data source can only have one title property.");
      existing.type = type;
      existing.options = [];
      existing.groups = [];
      existing.config = {};
      changed.push(existing);
    }
    const config = value[type];
    configure(
      existing,
      isObject(config) ? config : {},
      `${path}.${type}`,
      opts.selectOptionUpdate,
      opts.context,
    );
  }
  for (const p of changed) opts.onTypeChange?.(p);
  for (const p of deleted) opts.onDelete?.(p);
  return next;
}

/** The schema entry as GET /v1/data_sources/{id} returns it. */
export function propertySchemaJson(p: PropertySchema): JsonObject {
  let config: JsonObject;
  if (p.type === "select" || p.type === "multi_select")
    config = { options: p.options.map((o) => ({ ...o })) };
  else if (p.type === "status") {
    config = {
      options: p.options.map((o) => ({ ...o })),
      groups: p.groups.map((g) => ({ ...g, option_ids: [...g.option_ids] })),
    };
  } else config = { ...p.config };
  return { id: p.id, name: p.name, description: p.description, type: p.type, [p.type]: config };
}
