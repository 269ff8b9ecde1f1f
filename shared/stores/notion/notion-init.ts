import type { Client, UpdateDataSourceParameters } from "@notionhq/client";
import { headerOf, TALK_BACK_COLUMNS } from "../../contacts/columns.js";
import { TendError } from "../../errors/tend-error.js";
import { columnProperties } from "./column-properties.js";
import { retrieveDataSource } from "./data-source.js";
import { newPropertyConfig } from "./import-properties.js";
import { createNotionClient } from "./notion-client.js";
import { type NotionSettings, notionConnection } from "./notion-config.js";
import { notionFailure } from "./notion-failure.js";
import { outputSchemaPatch } from "./output-schema.js";
import { recommendedViews } from "./recommended-views.js";

export interface NotionInitReport {
  title: string;
  /** Output properties created. */
  added: string[];
  /** Options added to existing Suggested action / Priority selects, by property name. */
  optionsAdded: Record<string, string[]>;
  /** Warnings about the database itself (a second property for a column...). */
  warnings: string[];
}

/**
 * `tend init --source notion:<id>`: gives the database Tend's output properties, with their
 * types, every action as an option coloured by priority, and Priority's three options. Only
 * what is missing is sent, in one dataSources.update; a second init sends nothing. The user's
 * properties and options are left as they are, and a property of the wrong type stops init
 * before any change, so Tend never retypes a property.
 */
export async function initNotionDatabase(client: Client, databaseId: string): Promise<NotionInitReport> {
  const source = await retrieveDataSource(client, databaseId);
  const columns = columnProperties(source.properties);
  if (columns.problems.length > 0) {
    throw new TendError(
      "invalid-setup",
      `Nothing was changed in the Notion database "${source.title}": ${columns.problems.join("; ")}. Change the property's type in Notion, or rename it so Tend leaves it alone, then run init again`,
    );
  }
  const patch = outputSchemaPatch(columns, { addMissingOptions: true });
  // Done (a checkbox) and Snooze until (a date): how the user talks back to Tend.
  const talkBack = TALK_BACK_COLUMNS.filter(
    (column) => columns.input[column] === undefined && !columns.named.has(column),
  );
  const properties = {
    ...patch.properties,
    ...Object.fromEntries(talkBack.map((column) => [headerOf(column), newPropertyConfig(column)])),
  };
  if (Object.keys(properties).length > 0) {
    try {
      await client.dataSources.update({
        data_source_id: source.id,
        properties,
      } as UpdateDataSourceParameters);
    } catch (error) {
      throw notionFailure(error, "adding Tend's properties", `database "${source.title}"`);
    }
  }
  return {
    title: source.title,
    added: [...patch.added, ...talkBack.map(headerOf)],
    optionsAdded: patch.optionsAdded,
    warnings: [...source.warnings, ...columns.warnings],
  };
}

/** The lines `tend init` prints. */
export function formatNotionInit(report: NotionInitReport): string {
  const lines: string[] = [];
  const changes = [
    ...(report.added.length > 0 ? [`added the properties ${report.added.join(", ")}`] : []),
    ...Object.entries(report.optionsAdded).map(
      ([name, options]) => `added ${options.length} option${options.length === 1 ? "" : "s"} to ${name}`,
    ),
  ];
  lines.push(
    changes.length === 0
      ? `The Notion database "${report.title}" already has everything Tend writes: nothing was changed.`
      : `Set up the Notion database "${report.title}": ${changes.join("; ")}. Action options are coloured by priority: red High, yellow Medium (Connect too), gray Low.`,
  );
  for (const warning of report.warnings) lines.push(`Warning: ${warning}`);
  return lines.join("\n");
}

/** The whole of `tend init --source notion:<id>`: set up the database, say what changed and which views to add. */
export async function initNotionSource(
  source: string,
  databaseId: string,
  settings: NotionSettings,
): Promise<string> {
  const client = createNotionClient(notionConnection(settings));
  const report = await initNotionDatabase(client, databaseId);
  return `${formatNotionInit(report)}\n\n${recommendedViews()}\n\nThen run: npm run tend -- run --source ${source} --settings <your settings file>`;
}
