import type { Client, UpdateDataSourceParameters } from "@notionhq/client";
import { headerOf, INPUT_COLUMNS, type InputColumn, TABLE_COLUMN_ORDER } from "../../contacts/columns.js";
import { TendError } from "../../errors/tend-error.js";
import type { ImportCells, ImportSaveResult, ImportWrites } from "../../run/ports.js";
import type { ProgressListener } from "../../run/progress.js";
import type { ColumnProperties } from "./column-properties.js";
import { createPages, type PageCreate } from "./create-pages.js";
import { importProblems, importValue, newPropertyConfig, newPropertyType } from "./import-properties.js";
import { notionFailure } from "./notion-failure.js";
import type { PropertySchema } from "./property-types.js";
import { type PageWrite, writePages } from "./write-pages.js";

/** What the store read at load time that the import needs. */
export interface ImportState {
  source: { id: string; title: string };
  columns: ColumnProperties;
  /** Each page's name by page id: one entry per page read. */
  names: Map<string, string>;
}

export interface NotionImportOptions {
  concurrency?: number | undefined;
  onProgress?: ProgressListener | undefined;
  /** The run lease (run-lease.ts): taken, as for a run, right before the first write, then renewed as the writes go on. */
  lease?: { readonly isHeld: boolean; acquireNow(): Promise<void>; renewIfDue(): Promise<void> } | undefined;
}

type Targets = Partial<Record<InputColumn, PropertySchema>>;

// Properties are added in Tend's column order; First and Last Name are written only where the
// database has them instead of a Name property, and never added.
const ORDER: readonly InputColumn[] = [
  ...TABLE_COLUMN_ORDER.filter((column): column is InputColumn => column in INPUT_COLUMNS),
  "firstName",
  "lastName",
];

/**
 * `tend import` on a Notion database. Nothing is written when a property cannot take what the
 * import planned (importProblems). Then: the input properties the database lacks are added in one
 * schema update; each changed page gets one pages.update (write-pages.ts: the page id is the row
 * ref and never changes, so no identity check is needed); each new contact becomes a page, Name
 * as its title. Every call is paced at Notion's 3 a second. Interrupted, it has written some pages
 * and not others: the next import plans again on what is there and writes only what is missing.
 */
export async function saveNotionImport(
  client: Client,
  state: ImportState,
  writes: ImportWrites,
  options: NotionImportOptions = {},
): Promise<ImportSaveResult> {
  const where = `database "${state.source.title}"`;
  const { targets, missing } = importTargets(state.columns, writes);
  const problems = importProblems(valuesByProperty(targets, writes));
  if (problems.length > 0) {
    throw new TendError(
      "invalid-setup",
      `The import cannot write into the Notion database "${state.source.title}" as it is, so it wrote nothing: ${problems.join("; ")}`,
    );
  }
  const lease = options.lease;
  if (lease !== undefined && !lease.isHeld) await lease.acquireNow();
  await lease?.renewIfDue();
  const addedColumns = await addProperties(client, state, missing, targets, where);

  const updates: PageWrite[] = [];
  for (const change of writes.changes) {
    const properties = propertiesOf(change.cells, targets);
    if (Object.keys(properties).length === 0) continue;
    const pageId = String(change.ref);
    updates.push({ pageId, name: state.names.get(pageId) ?? "Untitled", row: change.rowNumber, properties });
  }
  const creates: PageCreate[] = writes.newRows.map((cells) => ({
    name: cells.name ?? [cells.firstName, cells.lastName].filter(Boolean).join(" "),
    properties: propertiesOf(cells, targets),
  }));
  const total = updates.length + creates.length;
  const progress = (done: number) => options.onProgress?.({ phase: "import", done, total });
  const paced = {
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(lease === undefined ? {} : { beforeEach: () => lease.renewIfDue() }),
  };
  const skipped = await writePages(client, updates, {
    ...paced,
    onProgress: (event) => progress(event.done),
  });
  await createPages(client, state.source.id, creates, {
    ...paced,
    onCreated: (done) => progress(updates.length + done),
    where,
  });
  return {
    skipped,
    addedColumns,
    // Rows are numbered in creation order: the new pages come after every page read.
    ...(creates.length > 0 ? { firstNewRow: state.names.size + 1 } : {}),
  };
}

/** Which property takes each column the import writes, and the columns with no property yet. */
function importTargets(columns: ColumnProperties, writes: ImportWrites) {
  const used = new Set<InputColumn>();
  for (const cells of [...writes.changes.map((change) => change.cells), ...writes.newRows])
    for (const column in cells) used.add(column as InputColumn);
  const { input } = columns;
  const split = input.name === undefined && input.firstName !== undefined && input.lastName !== undefined;
  const targets: Targets = {};
  const missing: InputColumn[] = [];
  for (const column of ORDER) {
    if (!used.has(column)) continue;
    const isNamePart = column === "firstName" || column === "lastName";
    if ((isNamePart && !split) || (column === "name" && split)) continue;
    const property = input[column];
    if (property !== undefined) targets[column] = property;
    else if (!isNamePart && !columns.named.has(column)) missing.push(column);
  }
  return { targets, missing };
}

function valuesByProperty(targets: Targets, writes: ImportWrites): Map<PropertySchema, Set<string>> {
  const values = new Map<PropertySchema, Set<string>>();
  for (const cells of [...writes.changes.map((change) => change.cells), ...writes.newRows]) {
    for (const [column, text] of Object.entries(cells) as [InputColumn, string][]) {
      const property = targets[column];
      if (property === undefined) continue;
      const set = values.get(property) ?? new Set<string>();
      set.add(text);
      values.set(property, set);
    }
  }
  return values;
}

/** The missing input properties, in one schema update, as a sheet gets columns at its right end. */
async function addProperties(
  client: Client,
  state: ImportState,
  missing: readonly InputColumn[],
  targets: Targets,
  where: string,
): Promise<string[]> {
  if (missing.length === 0) return [];
  const names = missing.map((column) => headerOf(column));
  try {
    await client.dataSources.update({
      data_source_id: state.source.id,
      properties: Object.fromEntries(missing.map((column) => [headerOf(column), newPropertyConfig(column)])),
    } as UpdateDataSourceParameters);
  } catch (error) {
    throw notionFailure(error, `adding the properties ${names.join(", ")}`, where);
  }
  // Pages are written by property name, so the id Notion gave each property is not needed.
  for (const column of missing) {
    const name = headerOf(column);
    const property: PropertySchema = { id: name, name, type: newPropertyType(column) };
    state.columns.input[column] = property;
    state.columns.named.add(column);
    targets[column] = property;
  }
  return names;
}

function propertiesOf(cells: ImportCells, targets: Targets): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(cells) as [InputColumn, string][]) {
    const property = targets[column];
    if (property !== undefined) properties[property.name] = importValue(property.type, text);
  }
  return properties;
}
