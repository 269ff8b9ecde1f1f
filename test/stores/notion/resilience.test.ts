import { describe, expect, it } from "vitest";
import { TendError } from "../../../shared/errors/tend-error.js";
import { NOTION_RATE_LIMIT } from "../../../shared/stores/notion/request-rate-limiter.js";
import type { FakeNotion, RequestRecord } from "../../fakes/notion/index.js";
import { runOn, storeFor, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

/** A database of `count` contacts who all get a suggestion (so every page is written). */
function contacts(fake: FakeNotion, count: number, prefix = "Person") {
  const { databaseId, dataSourceId } = fake.createDatabase({
    title: "Contacts",
    properties: {
      Name: "title",
      Relationship: "select",
      Status: "select",
      "Suggested action": "select",
      Why: "rich_text",
      Priority: "select",
      Due: "date",
      "Draft message": "rich_text",
      Done: "checkbox",
      "Snooze until": "date",
    },
  });
  const relationships = ["Worked together", "Met in person", "", "Admire their work"];
  fake.addPages(
    dataSourceId,
    Array.from({ length: count }, (_, index) => ({
      Name: `${prefix} ${index}`,
      Relationship: relationships[index % relationships.length] || null,
      Status: index % 3 === 0 ? "Connected" : null,
    })),
    (index) => ({ createdTime: new Date(Date.parse("2026-01-01T00:00:00Z") + index * 60_000) }),
  );
  return { databaseId, dataSourceId };
}

function outputsByName(fake: FakeNotion, dataSourceId: string) {
  return Object.fromEntries(
    fake.pages(dataSourceId).map((page) => {
      const { Name, "Suggested action": action, Why, Priority, Due, "Draft message": draft } = page.values;
      return [String(Name), { action, Why, Priority, Due, draft }];
    }),
  );
}

const atMs = (request: RequestRecord) => request.at.getTime();

describe("NotionStore under Notion's limits and failures", () => {
  it("keeps to 3 requests per second with the fake's own limiter on, and is never refused", async () => {
    const fake = await fakeNotion({ rateLimit: { requestsPerSecond: 3, burst: 10 } });
    const { databaseId } = contacts(fake, 9);
    await runOn(storeFor(fake, databaseId, { rateLimit: NOTION_RATE_LIMIT }));

    const requests = fake.requests;
    // database, data source, one query, the lease (read, write, read back), nine updates, the
    // lease given back (read, write)
    expect(requests.length).toBe(17);
    expect(requests.filter((request) => request.status === 429)).toEqual([]);
    // A token bucket of 3 a second with a burst of 3: any run of requests from i to j fits in
    // burst + rate x elapsed. Times are taken on arrival at the server, so a little slack (one
    // request, 200 ms) absorbs the network's jitter on a busy machine.
    const { burst, requestsPerSecond } = NOTION_RATE_LIMIT;
    for (let i = 0; i < requests.length; i++) {
      for (let j = i; j < requests.length; j++) {
        const elapsed = (atMs(requests[j] as RequestRecord) - atMs(requests[i] as RequestRecord)) / 1000;
        expect(j - i + 1).toBeLessThanOrEqual(burst + requestsPerSecond * (elapsed + 0.2) + 1);
      }
    }
    // After the burst, the pace is the average: 3 a second.
    const paced = requests.slice(burst);
    const seconds = (atMs(paced.at(-1) as RequestRecord) - atMs(paced[0] as RequestRecord)) / 1000;
    expect((paced.length - 1) / seconds).toBeLessThanOrEqual(requestsPerSecond * 1.1);
  });

  it("waits as long as Retry-After says when Notion answers 429", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3);
    fake.injectFault({ type: "rate_limited", retryAfterSeconds: 1 }, { endpoint: "pages.update" });
    fake.injectFault({ type: "rate_limited", retryAfterSeconds: 1 }, { endpoint: "dataSources.query" });
    await runOn(
      storeFor(fake, databaseId, {
        retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 5_000 },
        writeConcurrency: 1,
      }),
    );
    for (const endpoint of ["dataSources.query", "pages.update"] as const) {
      const [refused, retried] = fake.requests.filter((request) => request.endpoint === endpoint);
      expect(refused?.status).toBe(429);
      expect(atMs(retried as RequestRecord) - atMs(refused as RequestRecord)).toBeGreaterThanOrEqual(990);
    }
    expect(Object.values(outputsByName(fake, dataSourceId)).every((output) => output.action !== null)).toBe(
      true,
    );
  });

  it("retries 500, 502, 503, 504, timeouts and dropped connections, then finishes the run", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 6);
    fake.injectFault({ type: "service_unavailable" }, { endpoint: "databases.retrieve" });
    fake.injectFault({ type: "internal_server_error" }, { endpoint: "dataSources.query", times: 2 });
    fake.injectFault({ type: "internal_server_error" }, { endpoint: "pages.update" });
    fake.injectFault({ type: "bad_gateway" }, { endpoint: "pages.update" });
    fake.injectFault({ type: "gateway_timeout" }, { endpoint: "pages.update" });
    fake.injectFault({ type: "delay", delayMs: 400 }, { endpoint: "pages.update" });
    fake.injectFault({ type: "drop", afterProcessing: true }, { endpoint: "pages.update" });
    const summary = await runOn(
      storeFor(fake, databaseId, {
        attemptTimeoutMs: 150,
        writeConcurrency: 1,
        retry: { attempts: 8, baseDelayMs: 5, maxDelayMs: 50 },
      }),
    );

    expect(summary.rowsChanged).toBe(6);
    const faults = fake.requests.flatMap((request) => (request.fault === undefined ? [] : [request.fault]));
    expect(faults).toEqual([
      "service_unavailable",
      "internal_server_error",
      "internal_server_error",
      "internal_server_error",
      "bad_gateway",
      "gateway_timeout",
      "delay",
      "drop",
    ]);
    const clean = await fakeNotion();
    const reference = contacts(clean, 6);
    await runOn(storeFor(clean, reference.databaseId));
    expect(outputsByName(fake, dataSourceId)).toEqual(outputsByName(clean, reference.dataSourceId));
  });

  it("resumes a run cut off half-way: the next run writes only the rest and ends where a clean run ends", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 20);
    // The connection drops on every write after the 8th, as when the network goes or the
    // function's time runs out.
    fake.setFaultPolicy((call) =>
      call.endpoint === "pages.update" && call.nth > 8 ? { type: "drop" } : undefined,
    );
    const failed = await runOn(storeFor(fake, databaseId, { writeConcurrency: 1 })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(TendError);
    expect(failed).toMatchObject({ kind: "upstream" });
    expect((failed as Error).message).toMatch(
      /^Tend could not reach Notion while writing the page "Person 8" \(.+\)[^.]*\. Tend wrote 8 of the 20 changed pages before it stopped; run it again and it writes only what is still missing$/,
    );
    fake.clearFaults();
    fake.resetCalls();
    const resumed = await runOn(storeFor(fake, databaseId));
    expect(resumed.rowsChanged).toBe(12);
    expect(fake.calls["pages.update"]).toBe(12);

    const clean = await fakeNotion();
    const reference = contacts(clean, 20);
    await runOn(storeFor(clean, reference.databaseId));
    expect(outputsByName(fake, dataSourceId)).toEqual(outputsByName(clean, reference.dataSourceId));
  });

  it("gives up with one clear sentence when Notion keeps failing", async () => {
    const fake = await fakeNotion();
    const { databaseId } = contacts(fake, 2);
    fake.injectFault({ type: "internal_server_error" }, { endpoint: "dataSources.query", times: Infinity });
    const error = await runOn(storeFor(fake, databaseId)).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toBe(
      "Notion did not answer properly while reading the pages (0 read so far) (internal_server_error, HTTP 500), even after several tries: run Tend again later",
    );
    expect(fake.calls["dataSources.query"]).toBe(4);
    expect(fake.calls["pages.update"]).toBe(0);
  });
});
