import {
  APIResponseError,
  type Client,
  isFullPage,
  iterateAllDataSourceRows,
  iteratePaginatedAPI,
  type PageObjectResponse,
} from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";
import type { ProgressListener } from "../../run/progress.js";
import { notionFailure } from "./notion-failure.js";

const PAGE_SIZE = 100;

/**
 * Every page of the data source, oldest first. A single query stops at 10,000 results;
 * `iterateAllDataSourceRows` starts a fresh query from the last created_time each time, so
 * larger databases are read whole. Pages have no row numbers: creation order is the one order
 * that never changes (a view's sort is the user's and differs per view), so it numbers the rows.
 */
export async function readAllPages(
  client: Client,
  dataSourceId: string,
  onProgress?: ProgressListener,
): Promise<PageObjectResponse[]> {
  const pages: PageObjectResponse[] = [];
  try {
    for await (const row of allRows(client, dataSourceId)) {
      // A wiki data source can list child data sources among its rows: they are not contacts.
      if (row.object !== "page" || !isFullPage(row)) continue;
      pages.push(row);
      if (pages.length % PAGE_SIZE === 0)
        onProgress?.({ phase: "read", done: pages.length, total: undefined });
    }
  } catch (error) {
    if (error instanceof Error && error.message.includes("cannot make progress")) {
      throw new TendError(
        "upstream",
        `More than 10,000 pages of this database were created in the same minute (a large import), and Notion's query cannot list them all: ${pages.length} pages could be read. Split the database, or import it in smaller parts`,
        { cause: error },
      );
    }
    throw notionFailure(
      error,
      `reading the pages (${pages.length} read so far)`,
      "data source for this database",
    );
  }
  onProgress?.({ phase: "read", done: pages.length, total: pages.length });
  // The helper already sorts by created_time; a stable sort keeps Notion's order among pages
  // created in the same minute (Notion rounds page timestamps to the minute).
  return pages
    .map((page, index) => ({ page, index }))
    .sort((a, b) => compare(a.page.created_time, b.page.created_time) || a.index - b.index)
    .map(({ page }) => page);
}

/**
 * The rows through the client's 10,000-past helper; an API root that refuses its created_time
 * sort (a proxy, another implementation of the API) is read with plain cursor pagination.
 */
type QueryRow = Awaited<ReturnType<Client["dataSources"]["query"]>>["results"][number];

async function* allRows(client: Client, dataSourceId: string): AsyncGenerator<QueryRow> {
  let yielded = 0;
  try {
    for await (const row of iterateAllDataSourceRows(client, {
      data_source_id: dataSourceId,
      page_size: PAGE_SIZE,
    })) {
      yielded++;
      yield row;
    }
    return;
  } catch (error) {
    const refusedSort = APIResponseError.isAPIResponseError(error) && error.status === 400 && yielded === 0;
    if (!refusedSort) throw error;
  }
  yield* iteratePaginatedAPI(client.dataSources.query, {
    data_source_id: dataSourceId,
    page_size: PAGE_SIZE,
  });
}

function compare(a: string, b: string): number {
  const at = Date.parse(a);
  const bt = Date.parse(b);
  return at < bt ? -1 : at > bt ? 1 : 0;
}
