import type { CellValue } from "../../contacts/parse-date.js";

/** A page's property value as the API returns it: `{ type, [type]: payload }`. Read loosely:
 * Notion adds types over time, and an unknown one must not stop a run. */
export type PropertyValue = { type: string } & Record<string, unknown>;

type RichTextItem = { plain_text?: string };
type Named = { name?: string } | null;

/**
 * A property value as a cell value, the way the parsing shared by every store expects it:
 * text as a string, numbers as numbers, dates as ISO day strings. A date-time keeps the day as
 * written (its own offset), so "2026-11-03T23:30+02:00" is 3 November, as Notion shows it.
 */
export function readPropertyValue(value: PropertyValue | undefined): CellValue {
  if (value === undefined) return undefined;
  const payload = value[value.type];
  switch (value.type) {
    case "title":
    case "rich_text":
      return plainText(payload);
    case "select":
    case "status":
      return (payload as Named)?.name ?? null;
    case "multi_select":
      return Array.isArray(payload)
        ? (payload as Named[]).map((option) => option?.name ?? "").join(", ")
        : null;
    case "date":
      return dayOf((payload as { start?: string } | null)?.start);
    case "created_time":
    case "last_edited_time":
      return dayOf(payload as string | null);
    case "number":
      return typeof payload === "number" ? payload : null;
    case "checkbox":
      return payload === true;
    case "url":
    case "email":
    case "phone_number":
      return typeof payload === "string" ? payload : null;
    case "unique_id": {
      const id = payload as { prefix?: string | null; number?: number | null } | null;
      if (typeof id?.number !== "number") return null;
      return id.prefix ? `${id.prefix}-${id.number}` : id.number;
    }
    case "formula":
      return computedValue(payload);
    case "rollup":
      return rollupValue(payload);
    case "people":
      return Array.isArray(payload)
        ? (payload as Named[]).map((person) => person?.name ?? "").join(", ")
        : null;
    default:
      return null;
  }
}

/** Whether a property Tend does not read holds something a person typed or picked. Computed
 * properties (formulas, created time, IDs...) always hold a value, so they never count. */
export function holdsUserContent(value: PropertyValue | undefined): boolean {
  if (value === undefined) return false;
  const payload = value[value.type];
  switch (value.type) {
    case "title":
    case "rich_text":
      return plainText(payload).trim() !== "";
    case "multi_select":
    case "people":
    case "files":
    case "relation":
      return Array.isArray(payload) && payload.length > 0;
    case "checkbox":
      return payload === true;
    case "url":
    case "email":
    case "phone_number":
      return typeof payload === "string" && payload.trim() !== "";
    case "select":
    case "date":
    case "number":
    case "place":
      return payload !== null && payload !== undefined;
    default:
      // status always has a default option; formula, rollup, created_*, last_edited_*, unique_id,
      // button and verification are filled by Notion itself.
      return false;
  }
}

export function plainText(items: unknown): string {
  if (!Array.isArray(items)) return "";
  let text = "";
  for (const item of items as RichTextItem[]) text += item?.plain_text ?? "";
  return text;
}

function dayOf(iso: string | null | undefined): string | null {
  if (typeof iso !== "string" || iso === "") return null;
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

function computedValue(payload: unknown): CellValue {
  const result = payload as { type?: string } & Record<string, unknown>;
  switch (result?.type) {
    case "string":
      return typeof result.string === "string" ? result.string : null;
    case "number":
      return typeof result.number === "number" ? result.number : null;
    case "boolean":
      return result.boolean === true;
    case "date":
      return dayOf((result.date as { start?: string } | null)?.start);
    default:
      return null;
  }
}

function rollupValue(payload: unknown): CellValue {
  const result = payload as { type?: string; array?: unknown } & Record<string, unknown>;
  if (result?.type !== "array") return computedValue(payload);
  if (!Array.isArray(result.array)) return null;
  return (result.array as PropertyValue[])
    .map((item) => readPropertyValue(item))
    .filter((cell) => cell !== null && cell !== undefined && cell !== "")
    .map(String)
    .join(", ");
}
