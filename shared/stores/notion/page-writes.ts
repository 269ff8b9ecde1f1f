import type { InputColumn, OutputColumn } from "../../contacts/columns.js";
import type { InputWrites } from "../../run/ports.js";
import { importValue } from "./import-properties.js";
import type { PropertySchema } from "./property-types.js";
import { richText } from "./rich-text-chunks.js";

/**
 * The `properties` of one pages.update: each changed output cell in the type of its property.
 * A blank cell clears the property (select and date null, text empty), so the board's
 * "No value" group and the calendar stay honest.
 */
export function pageProperties(
  cells: Partial<Record<OutputColumn, string>>,
  output: Partial<Record<OutputColumn, PropertySchema>>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(cells) as [OutputColumn, string][]) {
    const property = output[column];
    if (property === undefined) continue;
    properties[property.name] = propertyValue(property.type, text);
  }
  return properties;
}

function propertyValue(type: string, text: string): unknown {
  switch (type) {
    case "select":
      return { select: text === "" ? null : { name: text } };
    case "date":
      return { date: text === "" ? null : { start: text } };
    default:
      return { rich_text: richText(text) };
  }
}

/**
 * The input cells a run writes (RULES.md section 0), each in its property's own type: a checkbox
 * for Done, a date for the days it fills, a select or status for Status.
 */
export function inputProperties(
  inputs: InputWrites,
  input: Partial<Record<InputColumn, PropertySchema>>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(inputs) as [InputColumn, string | boolean][]) {
    const property = input[column];
    if (property === undefined) continue;
    properties[property.name] =
      property.type === "checkbox"
        ? { checkbox: value === true }
        : importValue(property.type, typeof value === "boolean" ? "" : value);
  }
  return properties;
}
