/** Shared types of the fake Notion server's in-memory model. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
/** JSON that may be deeply readonly (`as const` literals). */
export type ReadonlyJson =
  | null
  | boolean
  | number
  | string
  | readonly ReadonlyJson[]
  | { readonly [key: string]: ReadonlyJson };

export const SELECT_COLORS = [
  "default",
  "gray",
  "brown",
  "orange",
  "yellow",
  "green",
  "blue",
  "purple",
  "pink",
  "red",
] as const;
export type SelectColor = (typeof SELECT_COLORS)[number];

export const PROPERTY_TYPES = [
  "title",
  "rich_text",
  "number",
  "select",
  "multi_select",
  "status",
  "date",
  "people",
  "files",
  "checkbox",
  "url",
  "email",
  "phone_number",
  "formula",
  "relation",
  "rollup",
  "created_time",
  "created_by",
  "last_edited_time",
  "last_edited_by",
  "unique_id",
  "button",
  "verification",
  "place",
] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

/** Types whose values Notion computes: pages.update/create cannot set them. */
export const READ_ONLY_TYPES: ReadonlySet<PropertyType> = new Set<PropertyType>([
  "formula",
  "rollup",
  "created_time",
  "created_by",
  "last_edited_time",
  "last_edited_by",
  "unique_id",
  "button",
]);

export interface SelectOption {
  id: string;
  name: string;
  color: SelectColor;
  description: string | null;
}

export interface StatusGroup {
  id: string;
  name: string;
  color: SelectColor;
  option_ids: string[];
}

/** One column of a data source. */
export interface PropertySchema {
  id: string;
  name: string;
  description: string | null;
  type: PropertyType;
  /** select, multi_select, status */
  options: SelectOption[];
  /** status only */
  groups: StatusGroup[];
  /** Everything else of the type's configuration, as Notion returns it (number format, formula expression...). */
  config: JsonObject;
}

/** A simple JS value for test helpers; converted by the property's type (see property-values.ts). */
export type SimpleValue =
  | string
  | number
  | boolean
  | null
  | Date
  | readonly string[]
  | { start: string; end?: string | null; time_zone?: string | null };

export type SimpleValues = Record<string, SimpleValue | undefined>;

/** Computes a formula column from the page's other (simplified) values; evaluated on every read. */
export type FormulaFn = (values: Readonly<Record<string, unknown>>) => SimpleValue;

export interface DatabaseRecord {
  id: string;
  title: string;
  parentPageId: string;
  dataSourceIds: string[];
  createdMs: number;
  lastEditedMs: number;
  inTrash: boolean;
}

export interface DataSourceRecord {
  id: string;
  databaseId: string;
  title: string;
  /** In schema order. */
  properties: PropertySchema[];
  createdMs: number;
  lastEditedMs: number;
  inTrash: boolean;
  /** Its pages in creation order. */
  pages: PageRecord[];
  nextUniqueId: number;
  formulas: Map<string, FormulaFn>;
  /** Rich text items as Notion returns them (PATCH /v1/data_sources `description`). */
  description: JsonObject[];
}

export interface PageRecord {
  id: string;
  /** Creation order across the whole fake: the final tie-breaker of every sort. */
  seq: number;
  dataSourceId: string;
  createdMs: number;
  lastEditedMs: number;
  createdBy: string;
  lastEditedBy: string;
  inTrash: boolean;
  icon: Json;
  cover: Json;
  /** Property id -> stored payload (select stores the option id, see property-values.ts). */
  values: Map<string, Json>;
}

/** A page outside any data source (its parent is another page or the workspace): a summary page, a notes page. */
export interface StandalonePageRecord {
  id: string;
  title: string;
  parentPageId: string;
  createdMs: number;
  lastEditedMs: number;
  createdBy: string;
  lastEditedBy: string;
  inTrash: boolean;
}

/** One block of page content. Its children are listed in the model, by parent id. */
export interface BlockRecord {
  id: string;
  parentId: string;
  parentType: "page_id" | "block_id";
  type: string;
  /** The type's payload as Notion returns it (rich text in response form), without children. */
  payload: JsonObject;
  createdMs: number;
  lastEditedMs: number;
  createdBy: string;
  lastEditedBy: string;
  inTrash: boolean;
}
