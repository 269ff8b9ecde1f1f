import type { OutputColumn } from "../../contacts/columns.js";
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
