import { headerOf, OUTPUT_COLUMN_KEYS, type OutputColumn } from "../../contacts/columns.js";
import { priorityOf } from "../../rules/priority-of.js";
import { ACTIONS, PRIORITIES, type Priority } from "../../vocabulary/actions.js";
import type { ColumnProperties } from "./column-properties.js";
import { OUTPUT_TYPES, type SelectOption } from "./property-types.js";

/** Option colours follow priority, so a board grouped by Suggested action reads at a glance. */
export const PRIORITY_COLORS: Record<Priority, string> = { High: "red", Medium: "yellow", Low: "gray" };

/**
 * Every action of the vocabulary, coloured by its priority. Connect is High for people you
 * worked with or met and Medium otherwise; an option has one colour, so it takes Medium's.
 */
export function actionOptions(): SelectOption[] {
  return ACTIONS.map((action) => ({ name: action, color: PRIORITY_COLORS[priorityOf(action, "")] }));
}

export function priorityOptions(): SelectOption[] {
  return PRIORITIES.map((priority) => ({ name: priority, color: PRIORITY_COLORS[priority] }));
}

const OPTIONS: Partial<Record<OutputColumn, () => SelectOption[]>> = {
  suggestedAction: actionOptions,
  priority: priorityOptions,
};

export interface OutputSchemaPatch {
  /** The `properties` of one dataSources.update; empty when nothing is missing. */
  properties: Record<string, unknown>;
  /** Output properties created, by name. */
  added: string[];
  /** The same, as columns with the type they are created with. */
  addedColumns: { column: OutputColumn; type: string }[];
  /** Options added to existing select properties, by property name. */
  optionsAdded: Record<string, string[]>;
}

/**
 * What a data source lacks to take Tend's output: missing output properties (with every option),
 * and missing options of existing Suggested action / Priority selects. Notion replaces a
 * select's options with the list sent, so existing options are sent back as they are (by id):
 * the user's own options, colours and order survive. Properties that are not Tend's are never in it.
 * A run adds missing properties only (pages.update creates a missing option by itself);
 * `tend init` also adds the missing options, so the board shows every action in its colour.
 */
export function outputSchemaPatch(
  columns: ColumnProperties,
  { addMissingOptions }: { addMissingOptions: boolean },
): OutputSchemaPatch {
  const patch: OutputSchemaPatch = { properties: {}, added: [], addedColumns: [], optionsAdded: {} };
  for (const column of OUTPUT_COLUMN_KEYS) {
    const wanted = OPTIONS[column]?.() ?? [];
    const existing = columns.output[column];
    // A property of the wrong type under this name is the user's to fix: never replace it.
    if (existing === undefined && columns.named.has(column)) continue;
    if (existing === undefined) {
      const name = headerOf(column);
      const type = OUTPUT_TYPES[column][0];
      patch.properties[name] = type === "select" ? { select: { options: wanted } } : { [type]: {} };
      patch.added.push(name);
      patch.addedColumns.push({ column, type });
      continue;
    }
    if (!addMissingOptions || existing.type !== "select" || wanted.length === 0) continue;
    const have = existing.select?.options ?? [];
    const names = new Set(have.map((option) => option.name));
    const missing = wanted.filter((option) => !names.has(option.name));
    if (missing.length === 0) continue;
    patch.properties[existing.name] = {
      select: {
        options: [
          ...have.map((option) =>
            option.id === undefined ? { name: option.name } : { id: option.id, name: option.name },
          ),
          ...missing,
        ],
      },
    };
    patch.optionsAdded[existing.name] = missing.map((option) => option.name);
  }
  return patch;
}
