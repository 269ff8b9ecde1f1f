import { describe, expect, it } from "vitest";
import { TendError } from "../../../shared/errors/tend-error.js";
import { runDaily } from "../../../shared/run/daily-run.js";
import { leaseIn } from "../../../shared/stores/notion/lease-text.js";
import { openNotionStore } from "../../../shared/stores/notion/open-notion-store.js";
import type { FakeNotion } from "../../fakes/notion/index.js";
import { textItem } from "../../fakes/notion/rich-text.js";
import { LEASE_CALLS, QUICK_LEASE, runOn, storeFor, TODAY, TOKEN, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

/** `count` contacts who all get a suggestion, so every page is written once. */
function contacts(fake: FakeNotion, count: number, description?: string) {
  const { databaseId, dataSourceId } = fake.createDatabase({
    title: "Contacts",
    ...(description === undefined ? {} : { description }),
    properties: {
      Name: "title",
      Relationship: "select",
      "Suggested action": "select",
      Why: "rich_text",
      Priority: "select",
      Due: "date",
      "Draft message": "rich_text",
      Done: "checkbox",
      "Snooze until": "date",
    },
  });
  fake.addPages(
    dataSourceId,
    Array.from({ length: count }, (_, index) => ({
      Name: `Person ${index}`,
      Relationship: "Worked together",
    })),
    (index) => ({ createdTime: new Date(Date.parse("2026-01-01T00:00:00Z") + index * 60_000) }),
  );
  return { databaseId, dataSourceId };
}

type Item = { plain_text: string };
const descriptionOf = (fake: FakeNotion, dataSourceId: string) =>
  (fake.dataSource(dataSourceId).description as Item[]).map((item) => item.plain_text).join("");
const leaseLine = (runId: string, until: Date) =>
  `Tend run lease: run ${runId} until ${until.toISOString()} (a Tend run is writing; this line goes away when it ends)`;
const failure = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

describe("the run lease on a Notion database", () => {
  it("holds a lease line next to the user's description while the run writes, then gives the description back as it was", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3);
    // The user's description, with formatting and a link, must come back untouched.
    fake.model.dataSource(dataSourceId).description = [
      textItem("People I ", null, { bold: true }),
      textItem("know", "https://example.com", { italic: true, color: "blue" }),
    ];
    const before = fake.dataSource(dataSourceId).description;
    const seen: string[] = [];
    fake.setFaultPolicy((call) => {
      if (call.endpoint === "pages.update") seen.push(descriptionOf(fake, dataSourceId));
      return undefined;
    });
    await runOn(storeFor(fake, databaseId));
    expect(seen).toHaveLength(3);
    for (const text of seen)
      expect(text).toMatch(
        /^People I know\nTend run lease: run [0-9a-f]{12} until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \(a Tend run is writing; this line goes away when it ends\)$/,
      );
    expect(fake.dataSource(dataSourceId).description).toEqual(before);
  });

  it("costs five calls per run that writes, however many pages it writes", async () => {
    for (const count of [2, 40]) {
      const fake = await fakeNotion();
      const { databaseId } = contacts(fake, count);
      await runOn(storeFor(fake, databaseId));
      expect(fake.calls).toMatchObject({
        "databases.retrieve": 1,
        "dataSources.retrieve": 1 + LEASE_CALLS["dataSources.retrieve"],
        "dataSources.update": LEASE_CALLS["dataSources.update"],
        "dataSources.query": 1,
        "pages.update": count,
      });
    }
  });

  it("still runs, with a warning, on an API that does not keep the description", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3);
    // An API root that answers the PATCH but keeps nothing of it.
    fake.injectFault(
      { type: "response", status: 200, body: fake.dataSource(dataSourceId) as Record<string, unknown> },
      { endpoint: "dataSources.update", times: Number.POSITIVE_INFINITY },
    );
    const summary = await runOn(storeFor(fake, databaseId));
    expect(fake.calls["pages.update"]).toBe(3);
    expect(summary.warnings.join("\n")).toMatch(/did not keep Tend's run lease/);
  });

  it("stops a run while another run's lease is live, with one sentence and without writing anything", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3, "My network");
    const until = new Date(Date.now() + 10 * 60_000);
    fake.setDescription(dataSourceId, `My network\n${leaseLine("0123456789ab", until)}`);
    const before = fake.dataSource(dataSourceId);
    const error = await failure(runOn(storeFor(fake, databaseId)));
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ kind: "busy" });
    expect(error?.message).toBe(
      `The Notion database "Contacts" is being updated by another Tend run; try again when it has finished (if that run died, its lease ends at ${until.toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    );
    expect(fake.calls["pages.update"]).toBe(0);
    expect(fake.calls["dataSources.update"]).toBe(0);
    expect(fake.calls["dataSources.query"]).toBe(0);
    expect(fake.dataSource(dataSourceId)).toEqual(before);
  });

  it("takes over the lease of a run that died once it has expired", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3, "My network");
    fake.setDescription(
      dataSourceId,
      `My network\n${leaseLine("deaddeaddead", new Date(Date.now() - 1000))}`,
    );
    const summary = await runOn(storeFor(fake, databaseId));
    expect(summary.rowsChanged).toBe(3);
    expect(fake.calls["pages.update"]).toBe(3);
    // The dead run's line went with the takeover; this run's went when it ended.
    expect(descriptionOf(fake, dataSourceId)).toBe("My network");
  });

  it("lets exactly one of two runs started together write; the other stops before writing anything", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 5);
    const lease = { settleMs: 200 };
    const results = await Promise.allSettled([
      runOn(storeFor(fake, databaseId, { lease })),
      runOn(storeFor(fake, databaseId, { lease })),
    ]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual(["fulfilled", "rejected"]);
    const stopped = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(stopped.reason).toBeInstanceOf(TendError);
    expect(stopped.reason).toMatchObject({ kind: "busy" });
    expect(fake.calls["pages.update"]).toBe(5);
    // Both read the pages; the lease is taken when there is something to write.
    expect(fake.calls["dataSources.query"]).toBe(2);
    expect(leaseIn(fake.dataSource(dataSourceId).description as never)).toBeUndefined();
  });

  it("gives the lease back and stops when Notion answered too slowly to be sure of it", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3, "My network");
    fake.injectFault({ type: "delay", delayMs: 120 }, { endpoint: "dataSources.update" });
    const error = await failure(runOn(storeFor(fake, databaseId, { lease: { settleMs: 10, maxGapMs: 60 } })));
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ kind: "busy" });
    expect(error?.message).toMatch(
      /^Notion answered too slowly \(\d+ ms\) for Tend to be sure no other run started on the database "Contacts" at the same moment, so this run stopped before writing anything: run Tend again$/,
    );
    expect(fake.calls["pages.update"]).toBe(0);
    expect(descriptionOf(fake, dataSourceId)).toBe("My network");
  });

  it("renews the lease while a long run writes, and stops writing if another run took it over", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 12);
    fake.setFaultPolicy((call) =>
      call.endpoint === "pages.update" ? { type: "delay", delayMs: 25 } : undefined,
    );
    await runOn(storeFor(fake, databaseId, { writeConcurrency: 1, lease: { ...QUICK_LEASE, ttlMs: 120 } }));
    // 12 writes of 25 ms: about 300 ms, so the 120 ms lease was renewed on the way (a read and a write each).
    expect(fake.calls["dataSources.update"]).toBeGreaterThanOrEqual(LEASE_CALLS["dataSources.update"] + 2);
    expect(leaseIn(fake.dataSource(dataSourceId).description as never)).toBeUndefined();

    const other = await fakeNotion();
    const taken = contacts(other, 12);
    other.setFaultPolicy((call) => {
      // After the 4th write, a run that found this lease expired takes the database over.
      if (call.endpoint === "pages.update" && call.nth === 5)
        other.setDescription(taken.dataSourceId, leaseLine("0123456789ab", new Date(Date.now() + 60_000)));
      return call.endpoint === "pages.update" ? { type: "delay", delayMs: 25 } : undefined;
    });
    const error = await failure(
      runOn(
        storeFor(other, taken.databaseId, { writeConcurrency: 1, lease: { ...QUICK_LEASE, ttlMs: 120 } }),
      ),
    );
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ kind: "busy" });
    expect(error?.message).toMatch(
      /^Another Tend run took over the Notion database "Contacts" while this run was writing \(this run's lease had run out\), so this run stopped\. Tend wrote \d+ of the 12 changed pages before it stopped$/,
    );
    expect(other.calls["pages.update"]).toBeLessThan(12);
    // The other run's lease is left alone.
    expect(leaseIn(other.dataSource(taken.dataSourceId).description as never)?.runId).toBe("0123456789ab");
  });

  it("takes no lease for a run that writes nothing, so tend status works while a run holds it", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = contacts(fake, 3);
    fake.setDescription(dataSourceId, leaseLine("0123456789ab", new Date(Date.now() + 60_000)));
    const store = openNotionStore(databaseId, { token: TOKEN, baseUrl: fake.baseUrl }, { readOnly: true });
    const summary = await runDaily({ store, today: TODAY, dryRun: true });
    await store.close();
    expect(summary.rowsChanged).toBe(3);
    expect(fake.calls["dataSources.update"]).toBe(0);
    expect(fake.calls["pages.update"]).toBe(0);
  });
});
