/** Ids and timestamps the way Notion writes them. */
import { randomUUID } from "node:crypto";
import { validationError } from "./errors.js";

export const newId = (): string => randomUUID();

const DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPACT = /^[0-9a-f]{32}$/i;

/** Notion accepts ids with or without dashes; anything else fails path validation. */
export function tryNormalizeId(raw: string): string | undefined {
  if (DASHED.test(raw)) return raw.toLowerCase();
  if (COMPACT.test(raw)) {
    const c = raw.toLowerCase();
    return `${c.slice(0, 8)}-${c.slice(8, 12)}-${c.slice(12, 16)}-${c.slice(16, 20)}-${c.slice(20)}`;
  }
  return undefined;
}

export function normalizeId(raw: string, where: string): string {
  const id = tryNormalizeId(raw);
  if (id === undefined) {
    throw validationError(
      `${where.split(".")[0]} failed validation: ${where} should be a valid uuid, instead was \`${JSON.stringify(raw)}\`.`,
    );
  }
  return id;
}

export const compactId = (id: string): string => id.replaceAll("-", "");

/** Printable characters Notion uses in short property ids ("N%7CET", "OM_S", "%5Eo%3CB"). */
const PROPERTY_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789;:<>?@[]^_`{|}~=";

/** A new short property id, URL-encoded like Notion's, unique among `taken`. */
export function newPropertyId(taken: ReadonlySet<string>): string {
  for (;;) {
    let raw = "";
    for (let i = 0; i < 4; i += 1) {
      raw += PROPERTY_ID_CHARS[Math.floor(Math.random() * PROPERTY_ID_CHARS.length)];
    }
    const id = encodeURIComponent(raw);
    if (id !== "title" && !taken.has(id)) return id;
  }
}

/** Pages and data sources: rounded down to the minute, `2026-07-04T09:09:00.000Z`. */
export function minuteTime(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}

/** Databases: millisecond precision with an offset, `2026-07-04T09:09:45.607+00:00`. */
export function databaseTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

/** `Test Page` + id -> `Test-Page-<compact id>`, as in https://app.notion.com/p/... */
export function pageUrl(title: string, id: string): string {
  const slug = title
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `https://app.notion.com/p/${slug === "" ? "" : `${slug}-`}${compactId(id)}`;
}
