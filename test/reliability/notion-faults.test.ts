import { describe, expect, it } from "vitest";
import { headerOf } from "../../shared/contacts/columns.js";
import { matchColumn } from "../../shared/contacts/header-match.js";
import { TendError } from "../../shared/errors/tend-error.js";
import { leaseIn } from "../../shared/stores/notion/lease-text.js";
import { SUMMARY_TITLE } from "../../shared/stores/notion/summary-page.js";
import type { BlockView, FakeNotion, Fault } from "../fakes/notion/index.js";
import {
  type ContactTable,
  runOn,
  seedNotion,
  storeFor,
  TODAY,
  useFakeNotion,
} from "../stores/notion/notion-harness.js";
import { hostileTable, NO_BUDGET_LIMITS } from "./hostile-rows.js";

const fakeNotion = useFakeNotion();
/** Seeded runs; TEND_LONG=1 runs the long variant. */
const RUNS = process.env.TEND_LONG ? 500 : 100;
const PAGES = 20;
const FAULT_RATE = 0.3;
/** The client's timeout per attempt: a slow answer waits three times as long. */
const TIMEOUT_MS = 60;
/** Short, so a lease left by a run whose release failed expires before the clean re-run. */
const LEASE_TTL_MS = 300;
const OUTPUTS = ["Suggested action", "Why", "Priority", "Due", "Draft message"] as const;

const faultStats = {
  runs: 0,
  calls: 0,
  faults: 0,
  failedRuns: 0,
  pagesChecked: 0,
  /** Failed runs that had written some changed pages and not others when they stopped. */
  partlyWrittenRuns: 0,
  leasesLeftToExpire: 0,
  summaryWarnings: 0,
};

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

const rateLimitedBody = {
  object: "error",
  status: 429,
  code: "rate_limited",
  message: "You have been rate limited. Please try again in a few minutes.",
};

function randomFault(random: () => number): Fault {
  const choices: Fault[] = [
    { type: "rate_limited", retryAfterSeconds: 1 },
    // 429 without Retry-After: the client backs off on its own.
    { type: "response", status: 429, body: rateLimitedBody },
    { type: "internal_server_error" },
    { type: "service_unavailable" },
    { type: "delay", delayMs: TIMEOUT_MS * 3 },
    { type: "drop" },
    // The write happened, the answer was lost: the retry writes it again.
    { type: "drop", afterProcessing: true },
  ];
  return choices[Math.floor(random() * choices.length)] as Fault;
}

/** A hostile table with the columns' own names (Notion properties are named once, by the user). */
function tableFor(seed: number): ContactTable {
  const table = hostileTable(PAGES, seed, TODAY);
  return {
    header: table.header.map((header) => {
      const match = matchColumn(header);
      return match === undefined ? header.trim() : headerOf(match.column as Parameters<typeof headerOf>[0]);
    }),
    rows: table.rows.map((row) => row.map((cell) => cell.slice(0, 300))),
    settings: [],
  };
}

/** Half the databases already have the output properties; the others get them from the run. */
function seed(fake: FakeNotion, table: ContactTable, withOutputs: boolean) {
  const outputs = withOutputs
    ? {
        "Suggested action": "select",
        Why: "rich_text",
        Priority: "select",
        Due: "date",
        "Draft message": "rich_text",
      }
    : {};
  const seeded = seedNotion(fake, table, outputs as Record<string, "select" | "rich_text" | "date">);
  return { ...seeded, summaryPageId: fake.addStandalonePage("Tend") };
}

type Snapshot = { id: string; inputs: string; outputs: string }[];

/** The input properties of `after` that `before` had, in the same form. */
function onlyKeysOf(after: string, before: string | undefined): string {
  const had = new Set((JSON.parse(before ?? "[]") as [string, unknown][]).map(([name]) => name));
  return JSON.stringify((JSON.parse(after) as [string, unknown][]).filter(([name]) => had.has(name)));
}

function snapshot(fake: FakeNotion, dataSourceId: string): Snapshot {
  return fake.pages(dataSourceId, { includeTrashed: true }).map((page) => {
    const inputs = Object.entries(page.values).filter(
      ([name]) => !(OUTPUTS as readonly string[]).includes(name),
    );
    return {
      id: page.id,
      inputs: JSON.stringify(inputs),
      outputs: JSON.stringify(OUTPUTS.map((name) => page.values[name] ?? "")),
    };
  });
}

/** The summary as a run of the same data writes it, without the run's own time and counts. */
function summaryOf(fake: FakeNotion, pageId: string) {
  const blocks = fake.blockTree(pageId);
  const strip = (block: BlockView): unknown => ({
    type: block.type,
    text: block.text,
    children: block.children.map(strip),
  });
  return blocks.map((block) => ({ ...(strip(block) as object), text: block.text.split("\n")[0] }));
}

const storeOptions = (summaryPageId: string) => ({
  attemptTimeoutMs: TIMEOUT_MS,
  retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
  lease: { settleMs: 0, maxGapMs: Number.POSITIVE_INFINITY, ttlMs: LEASE_TTL_MS },
  summaryPageId,
});

const run = (fake: FakeNotion, databaseId: string, summaryPageId: string) =>
  runOn(storeFor(fake, databaseId, storeOptions(summaryPageId)), { extraSettingRows: NO_BUDGET_LIMITS });

describe(`faults in ${FAULT_RATE * 100}% of Notion calls, ${RUNS} seeded runs`, () => {
  // About 0.2 s per seeded run here; the limit leaves room for a slower CI machine.
  it("leaves every page either fully updated or untouched, and a clean re-run converges to a fault-free run", {
    timeout: 60_000 + RUNS * 1000,
  }, async () => {
    const fake = await fakeNotion();
    for (let n = 1; n <= RUNS; n++) {
      const table = tableFor(n);
      const withOutputs = n % 2 === 0;
      const reference = seed(fake, table, withOutputs);
      await run(fake, reference.databaseId, reference.summaryPageId);
      const expected = snapshot(fake, reference.dataSourceId);
      const expectedSummary = summaryOf(fake, reference.summaryPageId);

      const target = seed(fake, table, withOutputs);
      const before = snapshot(fake, target.dataSourceId);
      const random = seeded(n);
      fake.setFaultPolicy(() => {
        faultStats.calls++;
        if (random() >= FAULT_RATE) return undefined;
        faultStats.faults++;
        return randomFault(random);
      });
      const outcome = await run(fake, target.databaseId, target.summaryPageId).then(
        (summary) => summary,
        (error: unknown) => {
          expect(error, `seed ${n}: ${error}`).toBeInstanceOf(TendError);
          // A slow answer while taking the lease stops the run as busy; every other fault is Notion's.
          expect(["upstream", "busy"], `seed ${n}: ${error}`).toContain((error as TendError).kind);
          return undefined;
        },
      );
      fake.setFaultPolicy(undefined);
      faultStats.runs++;
      if (outcome === undefined) faultStats.failedRuns++;
      faultStats.summaryWarnings += (outcome?.warnings ?? []).filter((w) =>
        w.includes("summary page"),
      ).length;

      // No page lost, added or moved; input properties untouched; the five outputs of each page
      // are either all as before or all as a fault-free run writes them.
      const after = snapshot(fake, target.dataSourceId);
      expect(
        after.map((page) => page.id),
        `seed ${n}: pages`,
      ).toEqual(target.pageIds);
      const seen = { updated: 0, untouched: 0 };
      after.forEach((page, index) => {
        faultStats.pagesChecked++;
        // Properties a run adds (Done, Snooze until, a date it fills: CONTACTS.md) held nothing of the user's.
        expect(onlyKeysOf(page.inputs, before[index]?.inputs), `seed ${n}, page ${index + 1}: inputs`).toBe(
          before[index]?.inputs,
        );
        const untouched = page.outputs === before[index]?.outputs;
        const updated = page.outputs === expected[index]?.outputs;
        expect(untouched || updated, `seed ${n}, page ${index + 1}: ${page.outputs}`).toBe(true);
        if (updated !== untouched) seen[updated ? "updated" : "untouched"]++;
      });
      if (outcome === undefined && seen.updated > 0 && seen.untouched > 0) faultStats.partlyWrittenRuns++;

      // A run whose release failed leaves its lease: the next run waits for it to expire.
      const left = leaseIn(fake.dataSource(target.dataSourceId).description as never);
      if (left !== undefined) {
        faultStats.leasesLeftToExpire++;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, left.expiresAt - Date.now()) + 5));
      }

      await run(fake, target.databaseId, target.summaryPageId);
      expect(
        snapshot(fake, target.dataSourceId).map(({ id, ...values }) => values),
        `seed ${n}: clean re-run`,
      ).toEqual(expected.map(({ id, ...values }) => values));
      // No live lease is left: the lease is taken only by a run that writes, and a run that died
      // holding one leaves a line that has expired by now.
      const leftLease = leaseIn(fake.dataSource(target.dataSourceId).description as never);
      expect(
        leftLease === undefined || leftLease.expiresAt <= Date.now(),
        `seed ${n}: no live lease left`,
      ).toBe(true);
      expect(summaryOf(fake, target.summaryPageId), `seed ${n}: summary page`).toEqual(expectedSummary);
      expect(expectedSummary[0]?.text?.startsWith(SUMMARY_TITLE)).toBe(true);
    }
    expect(faultStats.faults).toBeGreaterThan(RUNS);
    console.log(`notion faults: ${JSON.stringify(faultStats)}`);
  });
});
