import { describe, expect, it } from "vitest";
import { generateContacts } from "../../../bench/generate-contacts.js";
import { type RunSummary, runDaily } from "../../../shared/run/daily-run.js";
import { CsvStore } from "../../../shared/stores/local/csv-store.js";
import { useTempDir } from "../../support/temp-dir.js";
import {
  type ContactTable,
  runOn,
  sampleTable,
  schemaUpdates,
  seedNotion,
  storeFor,
  TODAY,
  useFakeNotion,
  writeCsv,
} from "./notion-harness.js";

const tempDir = useTempDir();
const fakeNotion = useFakeNotion();

interface Outcome {
  action: string;
  why: string;
  priority: string;
  due: string;
  draft: string;
}

/** What a run wrote, per contact (by name), read back from the CSV file. */
async function csvOutcomes(
  table: ContactTable,
): Promise<{ summary: RunSummary; outcomes: Map<string, Outcome> }> {
  const path = await writeCsv(await tempDir(), table);
  const store = new CsvStore(path);
  let summary: RunSummary;
  try {
    summary = await runDaily({ store, today: TODAY, extraSettingRows: table.settings });
  } finally {
    await store.close();
  }
  const reread = new CsvStore(path);
  try {
    const { rows } = await reread.load();
    return {
      summary,
      outcomes: outcomesOf(
        rows.map((row) => ({ name: String(row.raw.cells.name ?? ""), output: row.output })),
      ),
    };
  } finally {
    await reread.close();
  }
}

function outcomesOf(rows: { name: string; output: Record<string, string> }[]): Map<string, Outcome> {
  return new Map(
    rows.map(({ name, output }) => [
      name,
      {
        action: output.suggestedAction ?? "",
        why: output.why ?? "",
        priority: output.priority ?? "",
        due: output.due ?? "",
        draft: output.draftMessage ?? "",
      },
    ]),
  );
}

describe("NotionStore: the same contacts in a CSV and in Notion", () => {
  it.each([
    ["the sample contacts (every action)", async () => sampleTable()],
    [
      "600 generated contacts (bad rows, a duplicate, every status)",
      async (): Promise<ContactTable> => {
        const { header, rows } = generateContacts(600, TODAY);
        return { header, rows, settings: [] };
      },
    ],
  ])("suggests the same actions for %s", async (_, makeTable) => {
    const table = await makeTable();
    const csv = await csvOutcomes(table);

    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = seedNotion(fake, table);
    const summary = await runOn(storeFor(fake, databaseId), { extraSettingRows: table.settings });
    const notion = outcomesOf(
      fake.pages(dataSourceId).map((page) => ({
        name: String(page.values.Name ?? ""),
        output: {
          suggestedAction: String(page.values["Suggested action"] ?? ""),
          why: String(page.values.Why ?? ""),
          priority: String(page.values.Priority ?? ""),
          due: String(page.values.Due ?? ""),
          draftMessage: String(page.values["Draft message"] ?? ""),
        },
      })),
    );

    expect(summary.counts).toEqual(csv.summary.counts);
    expect(summary.rowsChanged).toBe(csv.summary.rowsChanged);
    // Row numbers differ by design: a CSV's first contact is row 2 (under the header), a
    // Notion database's first page is row 1 (creation order).
    const renumbered = (why: string) => why.replace(/row (\d+)/g, (_, n: string) => `row ${Number(n) - 1}`);
    for (const [name, expected] of csv.outcomes) {
      expect({ name, ...notion.get(name) }).toEqual({ name, ...expected, why: renumbered(expected.why) });
    }
    expect(notion.size).toBe(csv.outcomes.size);
  });

  it("reads the same rows back: an unchanged re-run makes no write call at all", async () => {
    const table = await sampleTable();
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = seedNotion(fake, table);
    await runOn(storeFor(fake, databaseId), { extraSettingRows: table.settings });
    fake.resetCalls();
    const before = fake.dataSource(dataSourceId);
    const store = storeFor(fake, databaseId);
    const again = await runOn(store, { extraSettingRows: table.settings });
    expect(again.rowsChanged).toBe(0);
    expect(fake.calls["pages.update"]).toBe(0);
    // Nothing to write, so not even the run lease is taken.
    expect(fake.calls["dataSources.update"] ?? 0).toBe(0);
    expect(schemaUpdates(fake)).toBe(0);
    expect(fake.dataSource(dataSourceId).description).toEqual(before.description);
    expect(fake.calls).toMatchObject({
      "databases.retrieve": 1,
      "dataSources.retrieve": 1,
      "dataSources.query": 1,
    });
    expect(store.runLog).toHaveLength(1);
    expect(store.runLog[0]).toMatchObject({ rowsChanged: 0, outcome: "ok" });
  });
});
