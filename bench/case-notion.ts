/**
 * 1,000 contacts in a Notion database, through the fake Notion server with Notion's own rate
 * limit (3 requests a second, bursts of 10) and the real @notionhq/client:
 *   tsx bench/case-notion.ts [pages] [changed]
 * Prints two JSON Measurements: a run where 100 pages need new suggestions (one pages.update
 * each, paced by Tend's limiter: the wall time is the limit's, which is the point), then an
 * unchanged re-run (reads only, zero writes). The fake runs in this process.
 */
import { dayFromIso } from "../shared/contacts/days.js";
import { runDaily } from "../shared/run/daily-run.js";
import { NotionStore } from "../shared/stores/notion/notion-store.js";
import { type FakeNotion, type PropertyInput, startFakeNotion } from "../test/fakes/notion/index.js";
import { generateContacts } from "./generate-contacts.js";
import { type Measurement, peakMemoryMb, timed } from "./measure.js";

const count = Number(process.argv[2] ?? "1000");
const changed = Number(process.argv[3] ?? "100");
const today = dayFromIso("2026-11-25") as number;
const TOKEN = "secret_test";
const OUTPUTS = ["Suggested action", "Why", "Priority", "Due", "Draft message"];

const { header, rows } = generateContacts(count, today);
const schema: Record<string, PropertyInput> = {
  "Suggested action": "select",
  Why: "rich_text",
  Priority: "select",
  Due: "date",
  "Draft message": "rich_text",
};
for (const name of header) schema[name] = typeOf(name);

function typeOf(name: string): PropertyInput {
  if (name === "Name") return "title";
  if (name === "LinkedIn URL") return "url";
  if (["Type", "Relationship", "Status", "Aligned", "Profile"].includes(name)) return "select";
  if (/ on$|^Last interaction$/.test(name)) return "date";
  if (/^Mutual|^Keep in touch/.test(name)) return "number";
  return "rich_text";
}

function pageValues(row: readonly string[]): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  header.forEach((name, index) => {
    const value = row[index] ?? "";
    if (value !== "") values[name] = schema[name] === "number" ? Number(value) : value;
  });
  return values;
}

const createdTime = (index: number) => ({
  createdTime: new Date(Date.parse("2025-01-01T00:00:00Z") + index * 60_000),
});

function seed(
  fake: FakeNotion,
  pages: readonly Record<string, unknown>[],
  properties: Record<string, PropertyInput> = schema,
) {
  const { databaseId, dataSourceId } = fake.createDatabase({ title: "Contacts", properties });
  fake.addPages(dataSourceId, pages as Record<string, string>[], createdTime);
  return { databaseId, dataSourceId };
}

/** One daily run; closing the store gives its run lease back, as `tend run` does. */
async function runOnce(store: NotionStore) {
  try {
    return await runDaily({ store, today });
  } finally {
    await store.close();
  }
}

function store(fake: FakeNotion, databaseId: string, unpaced = false): NotionStore {
  return new NotionStore({
    databaseId,
    connection: { token: TOKEN, baseUrl: fake.baseUrl },
    ...(unpaced ? { rateLimit: { requestsPerSecond: 100_000, burst: 100_000 } } : {}),
  });
}

// 1. Yesterday's state: every page already has its suggestion (written without any limit, off the clock).
const setup = await startFakeNotion({ rateLimit: false });
const yesterday = seed(setup, rows.map(pageValues));
await runOnce(store(setup, yesterday.databaseId, true));
// 2. Since then, `changed` pages lost their suggestion (added since, or cleared by hand).
const pages = setup.pages(yesterday.dataSourceId).map((page, index) => {
  const values = Object.fromEntries(
    Object.entries(page.values).filter(([, value]) => value !== null && value !== ""),
  );
  if (index % Math.floor(count / changed) === 0) for (const name of OUTPUTS) delete values[name];
  return values;
});
// The columns the first run added (Done, Snooze until, the dates Tend fills) are in today's database too.
const added = setup.dataSource(yesterday.dataSourceId).properties as Record<string, { type: PropertyInput }>;
const todaysSchema = Object.fromEntries(Object.entries(added).map(([name, { type }]) => [name, type]));
await setup.close();

// 3. Today's runs, on a server that rate-limits like Notion.
const fake = await startFakeNotion({ rateLimit: { requestsPerSecond: 3, burst: 10 } });
const { databaseId } = seed(fake, pages, todaysSchema);
const results: Measurement[] = [];
for (const label of [`${changed} of ${count} pages changed`, "unchanged re-run"]) {
  fake.resetCalls();
  const { seconds, result } = await timed(() => runOnce(store(fake, databaseId)));
  const calls = fake.requests.length;
  const refused = fake.requests.filter((request) => request.status === 429).length;
  results.push({
    case: `daily run on Notion, ${label}`,
    contacts: result.contactsRead,
    store: "fake Notion (3 req/s)",
    seconds,
    apiCalls: calls,
    writes: fake.calls["pages.update"],
    peakMemoryMb: peakMemoryMb(),
    note: `${(calls / seconds).toFixed(2)} requests/s on average, ${refused} refused with 429; ${result.rowsChanged} rows changed`,
  });
}
await fake.close();
for (const measurement of results) console.log(JSON.stringify(measurement));
