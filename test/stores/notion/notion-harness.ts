import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterEach, expect } from "vitest";
import { loadSample } from "../../../config/sample.js";
import { type Day, isoDay } from "../../../shared/contacts/days.js";
import { type RunOptions, type RunSummary, runDaily } from "../../../shared/run/daily-run.js";
import type { SettingRow } from "../../../shared/run/ports.js";
import { NotionStore, type NotionStoreOptions } from "../../../shared/stores/notion/notion-store.js";
import {
  type FakeNotion,
  type FakeNotionOptions,
  type PropertyInput,
  startFakeNotion,
} from "../../fakes/notion/index.js";

export const TOKEN = "secret_test";
export const TODAY = isoDayNumber("2026-11-25");
const CREATED_FROM = Date.parse("2026-01-01T00:00:00Z");

export function isoDayNumber(text: string): Day {
  return Math.floor(Date.parse(`${text}T00:00:00Z`) / 86_400_000);
}

/** A fake Notion per test, closed afterwards; the fake must never have failed inside. */
export function useFakeNotion(): (options?: FakeNotionOptions) => Promise<FakeNotion> {
  const started: FakeNotion[] = [];
  afterEach(async () => {
    for (const fake of started.splice(0)) {
      expect(fake.internalErrors).toEqual([]);
      await fake.close();
    }
  });
  return async (options = {}) => {
    const fake = await startFakeNotion({ rateLimit: false, ...options });
    started.push(fake);
    return fake;
  };
}

/**
 * Fast retries and no client-side pacing, unless a test is about them. The run lease is taken
 * as in production, without its 1.5 s wait: these tests never run two at once.
 */
export function storeFor(
  fake: FakeNotion,
  databaseId: string,
  options: Partial<NotionStoreOptions> = {},
): NotionStore {
  return new NotionStore({
    databaseId,
    connection: { token: TOKEN, baseUrl: fake.baseUrl },
    rateLimit: { requestsPerSecond: 10_000, burst: 10_000 },
    retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 50 },
    lease: QUICK_LEASE,
    ...options,
  });
}

/** The lease without its wait, for tests that run one run at a time. */
export const QUICK_LEASE = { settleMs: 0, maxGapMs: 60_000 } as const;

/** Calls the run lease makes per run: a write and a read to take it, a read and a write to give it back. */
/** What the lease costs a run that writes: read it, write it, read it back; read and clear it at the end. */
export const LEASE_CALLS = { "dataSources.retrieve": 3, "dataSources.update": 2 } as const;

/** dataSources.update calls that changed the schema (not the lease in the description). */
export function schemaUpdates(fake: FakeNotion): number {
  return fake.requests.filter(
    (request) =>
      request.endpoint === "dataSources.update" &&
      typeof request.body === "object" &&
      request.body !== null &&
      "properties" in request.body,
  ).length;
}

export async function runOn(store: NotionStore, options: Partial<RunOptions> = {}): Promise<RunSummary> {
  try {
    return await runDaily({ store, today: TODAY, ...options });
  } finally {
    await store.close();
  }
}

/** One contacts table as plain text cells: the same data goes into a CSV and a Notion database. */
export interface ContactTable {
  header: string[];
  rows: string[][];
  settings: SettingRow[];
}

export async function sampleTable(): Promise<ContactTable> {
  const sample = await loadSample(TODAY);
  return {
    header: sample.header,
    rows: sample.rows.map((row) =>
      sample.header.map((_, index) => {
        const cell = row[index];
        return cell instanceof Date ? isoDay(Math.floor(cell.getTime() / 86_400_000)) : (cell ?? "");
      }),
    ),
    settings: sample.settings.map(([setting, value], index) => ({
      setting,
      value,
      where: `settings, row ${index + 2}`,
    })),
  };
}

export async function writeCsv(dir: string, table: ContactTable): Promise<string> {
  const path = join(dir, "contacts.csv");
  await writeFile(path, stringify([table.header, ...table.rows]));
  return path;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;
const SELECTS = new Set(["Type", "Relationship", "Aligned", "Profile"]);

/**
 * The Notion property type each column gets: the one a person would pick (title, url, select,
 * status, date, number, multi-select), unless some value of the column could not be typed in
 * a property of that type (a date like "3 Nov", a count like "twelve"): then plain text, as a
 * person would have to do too.
 */
export function notionSchema(table: ContactTable): Record<string, PropertyInput> {
  const schema: Record<string, PropertyInput> = {};
  table.header.forEach((name, index) => {
    const values = table.rows.map((row) => row[index] ?? "").filter((value) => value !== "");
    const all = (test: (value: string) => boolean) => values.every(test);
    if (name === "Name") schema[name] = "title";
    else if (name === "LinkedIn URL") schema[name] = "url";
    else if (name === "Status")
      schema[name] = { status: { options: [...new Set(values)].map((option) => ({ name: option })) } };
    else if (SELECTS.has(name) && all((value) => !value.includes(","))) schema[name] = "select";
    else if (name === "Interests" && all((value) => value.split(/\s*,\s*/).join(", ") === value))
      schema[name] = "multi_select";
    else if (/ on$|^Last interaction$/.test(name) && all((value) => ISO_DAY.test(value)))
      schema[name] = "date";
    else if (/^Mutual|^Keep in touch/.test(name) && all((value) => WHOLE.test(value)))
      schema[name] = "number";
    else schema[name] = "rich_text";
  });
  return schema;
}

/** The database for a table, one page per row, created a minute apart in row order. */
export function seedNotion(
  fake: FakeNotion,
  table: ContactTable,
  extraProperties: Record<string, PropertyInput> = {},
): { databaseId: string; dataSourceId: string; pageIds: string[] } {
  const schema = notionSchema(table);
  const { databaseId, dataSourceId } = fake.createDatabase({
    title: "Contacts",
    properties: { ...schema, ...extraProperties },
  });
  const pageIds = fake.addPages(
    dataSourceId,
    table.rows.map((row) => pageValues(table.header, row, schema)),
    (index) => ({ createdTime: new Date(CREATED_FROM + index * 60_000) }),
  );
  return { databaseId, dataSourceId, pageIds };
}

function pageValues(
  header: readonly string[],
  row: readonly string[],
  schema: Record<string, PropertyInput>,
): Record<string, string | number | string[] | null> {
  const values: Record<string, string | number | string[] | null> = {};
  header.forEach((name, index) => {
    const value = row[index] ?? "";
    if (value === "") return;
    const type = schema[name];
    values[name] =
      type === "number" ? Number(value) : type === "multi_select" ? value.split(/\s*,\s*/) : value;
  });
  return values;
}
