import type { InputColumn } from "../../contacts/columns.js";
import { CONTACT_TYPES, STATUSES } from "../../contacts/enums.js";
import { IMPORT_DATE_COLUMNS } from "../../run/ports.js";
import { type PropertySchema, shownType } from "./property-types.js";
import { richText } from "./rich-text-chunks.js";

/** Types a page write can set. Tend also reads formulas, rollups and created times, which Notion fills itself. */
const WRITABLE: ReadonlySet<string> = new Set([
  "title",
  "rich_text",
  "select",
  "status",
  "multi_select",
  "url",
  "email",
  "phone_number",
  "date",
]);

/** Options a new Status or Type select starts with, so a board grouped by it shows every value. */
const NEW_OPTIONS: Partial<Record<InputColumn, readonly string[]>> = {
  status: STATUSES.values,
  type: CONTACT_TYPES.values,
};

/** Done is how the user ticks an action off: a checkbox, as in a Google Sheet. */
const CHECKBOX_COLUMNS: ReadonlySet<string> = new Set(["done"]);

/** The type an input property the table lacks is created with: the one a person would pick. */
export function newPropertyType(column: InputColumn): "date" | "url" | "select" | "rich_text" | "checkbox" {
  if (CHECKBOX_COLUMNS.has(column)) return "checkbox";
  if (IMPORT_DATE_COLUMNS.has(column)) return "date";
  if (column === "linkedinUrl") return "url";
  return NEW_OPTIONS[column] === undefined ? "rich_text" : "select";
}

/** The property's configuration in a dataSources.update. */
export function newPropertyConfig(column: InputColumn): Record<string, unknown> {
  const type = newPropertyType(column);
  const options = NEW_OPTIONS[column];
  return type === "select" && options !== undefined
    ? { select: { options: options.map((name) => ({ name })) } }
    : { [type]: {} };
}

/**
 * One imported cell as the value of its property, in the property's own type. Days come as ISO
 * text and become a date; a multi-select gets one option per comma-separated part, which reads
 * back as the same text (Tend joins the options with ", ").
 */
export function importValue(type: string, text: string): Record<string, unknown> {
  switch (type) {
    case "title":
    case "rich_text":
      return { [type]: richText(text) };
    case "select":
    case "status":
      return { [type]: text === "" ? null : { name: text } };
    case "multi_select":
      return { multi_select: optionNames(text).map((name) => ({ name })) };
    case "date":
      return { date: text === "" ? null : { start: text } };
    default:
      // url, email, phone_number: plain strings.
      return { [type]: text === "" ? null : text };
  }
}

function optionNames(text: string): string[] {
  return text.split(/\s*,\s*/).filter((part) => part !== "");
}

/**
 * Why the import cannot write what it planned into a property, found before anything is written:
 * a type Notion fills itself (a formula Connected on), a select option with a comma (Notion
 * refuses them), a Status option the database lacks (Notion's API cannot add Status options).
 */
export function importProblems(targets: ReadonlyMap<PropertySchema, Set<string>>): string[] {
  const problems: string[] = [];
  for (const [property, values] of targets) {
    if (!WRITABLE.has(property.type)) {
      problems.push(
        `"${property.name}" is a ${shownType(property.type)} property, which Notion fills itself: change it to a Date, Text or Select property as suits it, or rename it so Tend leaves it alone`,
      );
      continue;
    }
    if (property.type === "select") {
      const comma = [...values].find((value) => value.includes(","));
      if (comma !== undefined)
        problems.push(
          `"${property.name}" is a Select property, and Notion's options cannot hold a comma ("${comma}"): make it a Text property`,
        );
    }
    if (property.type === "status") {
      const have = new Set(statusOptions(property));
      const missing = [...values].filter((value) => value !== "" && !have.has(value));
      if (missing.length > 0)
        problems.push(
          `the Status property "${property.name}" has no option ${missing.map((name) => `"${name}"`).join(", ")}, and Notion's API cannot add Status options: add them in Notion, or make "${property.name}" a Select property`,
        );
    }
  }
  return problems;
}

function statusOptions(property: PropertySchema): string[] {
  const status = (property as { status?: { options?: { name?: string }[] } }).status;
  return (status?.options ?? []).map((option) => option.name ?? "");
}
