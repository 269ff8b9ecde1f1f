import type { PageObjectResponse } from "@notionhq/client";
import type { InputColumn, OutputColumn } from "../../contacts/columns.js";
import { readOutputCells } from "../../contacts/output-cells.js";
import type { CellValue } from "../../contacts/parse-date.js";
import type { RawRow } from "../../contacts/parse-row.js";
import type { StoredRow } from "../../run/ports.js";
import type { ColumnProperties } from "./column-properties.js";
import { holdsUserContent, type PropertyValue, plainText, readPropertyValue } from "./property-values.js";

/** A page as a row of the contacts table; `rowNumber` is its place in creation order, from 1. */
export function pageRow(page: PageObjectResponse, columns: ColumnProperties, rowNumber: number): StoredRow {
  const properties = page.properties as Record<string, PropertyValue>;
  const cells: Partial<Record<InputColumn, CellValue>> = {};
  for (const [column, property] of Object.entries(columns.input) as [InputColumn, { name: string }][]) {
    cells[column] = fromBoolean(readPropertyValue(properties[property.name]));
  }
  const raw: RawRow = { rowNumber, cells };
  // Properties Tend does not read, and a Notes property of a kind with no text (a person, a
  // file): what they hold still makes the page a contact rather than an empty page.
  const notes = columns.input.notes;
  const unread = cells.notes || notes === undefined ? columns.unknown : [...columns.unknown, notes];
  if (unread.some((property) => holdsUserContent(properties[property.name]))) raw.hasUnknownContent = true;
  const output: Partial<Record<OutputColumn, CellValue>> = {};
  for (const [column, property] of Object.entries(columns.output) as [OutputColumn, { name: string }][]) {
    output[column] = readPropertyValue(properties[property.name]);
  }
  return { ref: page.id, raw, output: readOutputCells(output) };
}

/**
 * Booleans come from checkboxes (and boolean formulas). A ticked Aligned box is Yes; an unticked
 * one is unknown, not No: a checkbox cannot be blank, and "No" would suggest unfollowing. An
 * unticked box anywhere else (Notes may be one) is simply empty: it does not make a page look filled.
 */
function fromBoolean(value: CellValue): CellValue {
  if (value === false) return null;
  if (value === true) return "Yes";
  return value;
}

/** The page's name as Notion shows it (its title property), for messages. */
export function pageName(page: PageObjectResponse): string {
  for (const value of Object.values(page.properties as Record<string, PropertyValue>)) {
    if (value.type === "title") return plainText(value.title).trim() || "Untitled";
  }
  return "Untitled";
}
