import {
  APIErrorCode,
  APIResponseError,
  type Client,
  type UpdateDataSourceParameters,
} from "@notionhq/client";
import { headerOf, type InputColumn, TALK_BACK_COLUMNS } from "../../contacts/columns.js";
import { TendError } from "../../errors/tend-error.js";
import type { MorningView } from "../../layout/morning-view.js";
import type { RunLogEntry } from "../../layout/run-log.js";
import type {
  ContactStore,
  ImportSaveResult,
  ImportWrites,
  LoadedTable,
  RowUpdate,
  SaveResult,
} from "../../run/ports.js";
import type { ProgressListener } from "../../run/progress.js";
import { type ColumnProperties, columnProperties } from "./column-properties.js";
import { type DataSource, retrieveDataSource } from "./data-source.js";
import { newPropertyConfig, newPropertyType } from "./import-properties.js";
import type { LeaseOptions } from "./lease-text.js";
import { createNotionClient, type NotionClientOptions } from "./notion-client.js";
import type { NotionConnection } from "./notion-config.js";
import { notionFailure } from "./notion-failure.js";
import { saveNotionImport } from "./notion-import.js";
import { outputSchemaPatch } from "./output-schema.js";
import { pageName, pageRow } from "./page-row.js";
import { inputProperties, pageProperties } from "./page-writes.js";
import { readAllPages } from "./read-pages.js";
import { RunLease } from "./run-lease.js";
import { replaceSummary, summaryBlocks } from "./summary-page.js";
import { type PageWrite, writePages } from "./write-pages.js";

export interface NotionStoreOptions extends NotionClientOptions {
  databaseId: string;
  connection: NotionConnection;
  onProgress?: ProgressListener;
  /** pages.update calls in flight at once (default 3). */
  writeConcurrency?: number;
  /**
   * One run at a time (see run-lease.ts): on by default; `false` for runs that write nothing
   * (a dry run, `tend status`), which neither need nor take it.
   */
  lease?: false | LeaseOptions;
  /** The page that gets the morning summary after each run (TEND_NOTION_SUMMARY_PAGE), if any. */
  summaryPageId?: string;
}

interface Loaded {
  source: DataSource;
  columns: ColumnProperties;
  names: Map<string, string>;
  /** Each page's URL, by row number - 1: the summary links its contacts to them. */
  urls: string[];
}

/**
 * A contacts table in a Notion database: one page per contact, properties named like the
 * columns of CONTACTS.md. Settings and templates come from a settings file (the run passes them
 * in), so `load` returns none. Notion has no Run log tab: each run's entry is kept in `runLog`,
 * and the summary the CLI prints or the functions log is the record of the run.
 *
 * One run at a time: `load` stops when another run's live lease is in the database's
 * description, `save` takes the lease before its first write (a run with nothing to write takes
 * none), and `close` gives it back (run-lease.ts). With `summaryPageId`, `save` ends by putting
 * the morning view on that page (summary-page.ts).
 */
export class NotionStore implements ContactStore {
  readonly runLog: RunLogEntry[] = [];
  private readonly client: Client;
  private loaded: Loaded | undefined;
  private lease: RunLease | undefined;

  constructor(private readonly options: NotionStoreOptions) {
    this.client = createNotionClient(options.connection, options);
  }

  get description(): string {
    const title = this.loaded?.source.title;
    return title ? `Notion database "${title}"` : `Notion database ${this.options.databaseId}`;
  }

  async load(): Promise<LoadedTable> {
    const source = await retrieveDataSource(this.client, this.options.databaseId);
    const columns = columnProperties(source.properties);
    if (columns.problems.length > 0) {
      throw new TendError(
        "invalid-setup",
        `The Notion database "${source.title}" cannot be read as it is: ${columns.problems.join("; ")}. Change the property's type in Notion, or rename it so Tend leaves it alone`,
      );
    }
    if (this.options.lease !== false) {
      // Taken only when there is something to write (see save): an unchanged run writes nothing at all.
      this.lease ??= new RunLease(this.client, source.id, source.title, this.options.lease ?? {});
      // A live lease of another run stops this one before it reads, as before a write.
      if (this.lease.isHeld !== true) this.lease.refuseIfBusy(source.description);
    }
    const pages = await readAllPages(this.client, source.id, this.options.onProgress);
    const names = new Map<string, string>();
    const rows = pages.map((page, index) => {
      names.set(page.id, pageName(page));
      return pageRow(page, columns, index + 1);
    });
    this.loaded = { source, columns, names, urls: pages.map((page) => page.url) };
    return {
      rows,
      settingRows: [],
      templateRows: [],
      settingDefaults: {},
      warnings: [...source.warnings, ...columns.warnings],
    };
  }

  async save(updates: readonly RowUpdate[], log: RunLogEntry, view?: MorningView): Promise<SaveResult> {
    this.runLog.push(log);
    const loaded = this.state();
    let skipped: SaveResult["skipped"] = [];
    if (updates.length > 0) {
      if (this.lease !== undefined && !this.lease.isHeld) await this.lease.acquireNow();
      await this.lease?.renewIfDue();
      await this.addMissingProperties(loaded, updates);
      const writes: PageWrite[] = updates.map((update) => ({
        pageId: String(update.ref),
        name: loaded.names.get(String(update.ref)) ?? "Untitled",
        row: update.rowNumber,
        properties: {
          ...pageProperties(update.cells, loaded.columns.output),
          ...inputProperties(update.inputs ?? {}, loaded.columns.input),
        },
      }));
      const lease = this.lease;
      skipped = await writePages(this.client, writes, {
        ...(this.options.writeConcurrency === undefined
          ? {}
          : { concurrency: this.options.writeConcurrency }),
        ...(this.options.onProgress === undefined ? {} : { onProgress: this.options.onProgress }),
        ...(lease === undefined ? {} : { beforeEach: () => lease.renewIfDue() }),
      });
    }
    const warnings: string[] = this.lease?.unsupported === undefined ? [] : [this.lease.unsupported];
    const summaryPageId = this.options.summaryPageId;
    if (summaryPageId !== undefined && view !== undefined) {
      // The pages are written: a summary that cannot be written is worth a warning, not a failed run.
      try {
        await replaceSummary(
          this.client,
          summaryPageId,
          summaryBlocks(view, log, (row) => loaded.urls[row - 1]),
        );
      } catch (error) {
        warnings.push(
          `The summary page (TEND_NOTION_SUMMARY_PAGE) was not updated: ${summaryFailure(error, summaryPageId)}`,
        );
      }
    }
    return { skipped, warnings };
  }

  /** `tend import` (notion-import.ts), under the run lease as `save` is: taken before the first write. */
  saveImport(writes: ImportWrites): Promise<ImportSaveResult> {
    const { writeConcurrency, onProgress } = this.options;
    return saveNotionImport(this.client, this.state(), writes, {
      concurrency: writeConcurrency,
      onProgress,
      lease: this.lease,
    });
  }

  /** Gives the run lease back; a failure to do so only leaves it to expire. */
  async close(): Promise<void> {
    // The client holds no connection of its own (fetch pools them): only the lease to release.
    await this.lease?.release().catch(() => {});
  }

  /**
   * Like a sheet getting the missing columns at its right end: the missing output properties,
   * and the input properties a run writes (Done, Snooze until, the dates it fills), are created
   * once, with their types and options, in one call before the first write.
   */
  private async addMissingProperties(loaded: Loaded, updates: readonly RowUpdate[]): Promise<void> {
    const patch = outputSchemaPatch(loaded.columns, { addMissingOptions: false });
    const inputs = new Set<InputColumn>(TALK_BACK_COLUMNS);
    for (const update of updates) for (const column in update.inputs ?? {}) inputs.add(column as InputColumn);
    const missing = [...inputs].filter(
      (column) => loaded.columns.input[column] === undefined && !loaded.columns.named.has(column),
    );
    if (patch.added.length === 0 && missing.length === 0) return;
    const names = [...patch.added, ...missing.map(headerOf)];
    try {
      await this.client.dataSources.update({
        data_source_id: loaded.source.id,
        properties: {
          ...patch.properties,
          ...Object.fromEntries(missing.map((column) => [headerOf(column), newPropertyConfig(column)])),
        },
      } as UpdateDataSourceParameters);
    } catch (error) {
      throw notionFailure(
        error,
        `adding the properties ${names.join(", ")}`,
        `database "${loaded.source.title}"`,
      );
    }
    // Properties are addressed by name in pages.update, so the id Notion gave them is not needed.
    for (const { column, type } of patch.addedColumns)
      loaded.columns.output[column] = { id: headerOf(column), name: headerOf(column), type };
    for (const column of missing)
      loaded.columns.input[column] = {
        id: headerOf(column),
        name: headerOf(column),
        type: newPropertyType(column),
      };
  }

  private state(): Loaded {
    if (this.loaded === undefined) throw new Error("NotionStore.save called before load");
    return this.loaded;
  }
}

function summaryFailure(error: unknown, pageId: string): string {
  if (APIResponseError.isAPIResponseError(error) && error.code === APIErrorCode.ObjectNotFound)
    return `Notion found no page with the id ${pageId}, or it is not shared with your integration: open the page in Notion, ••• menu > Connections, and add your integration`;
  return notionFailure(error, "writing the summary page", `page with the id ${pageId}`).message;
}
