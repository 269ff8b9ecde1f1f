import { APIErrorCode, APIResponseError, type Client, type RichTextItemResponse } from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";
import { notionFailure } from "./notion-failure.js";
import type { PropertySchema } from "./property-types.js";

/** The data source holding the contacts, and its schema (API 2025-09-03: a database holds data sources). */
export interface DataSource {
  id: string;
  title: string;
  properties: PropertySchema[];
  /** The data source's description: where a run keeps its lease (see run-lease.ts). */
  description: RichTextItemResponse[];
  /** `performance.now()` just before the data source was asked for: the lease's read time. */
  readStartedAt: number;
  warnings: string[];
}

/**
 * Finds the data source of a database: databases.retrieve names it, dataSources.retrieve gives
 * its properties. An id that is not a database may be a data source's own id (Notion's "Copy
 * data source ID"), so that is tried before giving up.
 */
export async function retrieveDataSource(client: Client, databaseId: string): Promise<DataSource> {
  const doing = "opening the database";
  const where = `database with the id ${databaseId}`;
  const warnings: string[] = [];
  let dataSourceId = databaseId;
  try {
    const database = await client.databases.retrieve({ database_id: databaseId });
    const sources = "data_sources" in database ? database.data_sources : [];
    const first = sources[0];
    if (first === undefined)
      throw new TendError(
        "invalid-setup",
        `The Notion database ${databaseId} holds no data source (no table of pages): point Tend at the contacts database itself`,
      );
    if (sources.length > 1)
      warnings.push(
        `The database holds ${sources.length} data sources: Tend uses the first, "${first.name}"`,
      );
    dataSourceId = first.id;
  } catch (error) {
    if (!(APIResponseError.isAPIResponseError(error) && error.code === APIErrorCode.ObjectNotFound))
      throw notionFailure(error, doing, where);
  }
  try {
    const readStartedAt = performance.now();
    const source = await client.dataSources.retrieve({ data_source_id: dataSourceId });
    const properties = "properties" in source ? Object.values(source.properties) : [];
    const title = "title" in source ? source.title.map((item) => item.plain_text).join("") : "";
    return {
      id: source.id,
      title,
      properties: properties as unknown as PropertySchema[],
      description: "description" in source ? source.description : [],
      readStartedAt,
      warnings,
    };
  } catch (error) {
    throw notionFailure(error, doing, where);
  }
}
