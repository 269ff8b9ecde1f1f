import { describe, expect, it } from "vitest";
import type { ProgressEvent } from "../../../shared/run/progress.js";
import { runOn, storeFor, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();
const PAGES = 10_050;

describe("NotionStore on a database larger than one query's 10,000 results", () => {
  it("reads every page once, in creation order, and evaluates them all", async () => {
    const fake = await fakeNotion({ rateLimit: false });
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", "LinkedIn URL": "url" },
    });
    // Notion rounds page timestamps to the minute: one page a minute keeps creation order exact.
    const start = Date.parse("2025-01-01T00:00:00Z");
    fake.addPages(
      dataSourceId,
      Array.from({ length: PAGES }, (_, index) => ({
        Name: `Person ${index}`,
        "LinkedIn URL": `https://www.linkedin.com/in/person-${index}`,
      })),
      (index) => ({ createdTime: new Date(start + index * 60_000) }),
    );
    const events: ProgressEvent[] = [];
    const summary = await runOn(storeFor(fake, databaseId, { onProgress: (event) => events.push(event) }), {
      dryRun: true,
    });

    expect(summary.contactsRead).toBe(PAGES);
    expect(summary.counts).toEqual({ "Hold off": PAGES });
    expect(summary.changes.at(-1)).toMatchObject({ row: PAGES, name: `Person ${PAGES - 1}` });
    expect(new Set(summary.changes.map((change) => change.name)).size).toBe(PAGES);
    // The first query stops at 10,000 ("incomplete"); a second one starts from the last created time.
    const queries = fake.requests.filter((request) => request.endpoint === "dataSources.query");
    expect(queries.length).toBeGreaterThan(PAGES / 100);
    expect(JSON.stringify(queries.at(-1)?.body)).toContain("on_or_after");
    expect(fake.calls["pages.update"]).toBe(0);
    expect(events.at(-1)).toEqual({ phase: "read", done: PAGES, total: PAGES });
    expect(events.filter((event) => event.phase === "read").length).toBe(Math.floor(PAGES / 100) + 1);
  });
});
