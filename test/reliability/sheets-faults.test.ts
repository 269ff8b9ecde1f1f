import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../shared/contacts/days.js";
import { runDaily } from "../../shared/run/daily-run.js";
import { SheetsApi } from "../../shared/stores/sheets/sheets-api.js";
import { SheetsStore } from "../../shared/stores/sheets/sheets-store.js";
import { type Fault, faults } from "../fakes/sheets/index.js";
import { useFakeGoogle } from "../stores/sheets/sheets-harness.js";
import { hostileTable, NO_BUDGET_LIMITS } from "./hostile-rows.js";

const { context } = useFakeGoogle();
const today = dayFromIso("2026-11-25") as number;
/** Seeded runs per test; TEND_LONG=1 runs the long variant. */
const RUNS = process.env.TEND_LONG ? 600 : 150;
const FAULT_RATE = 0.3;
const TIMEOUT_MS = 100;

const faultStats = { runs: 0, calls: 0, faults: 0, failedRuns: 0, rowsChecked: 0 };

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

function randomFault(random: () => number): Fault {
  const choices: Fault[] = [
    faults.quota({ retryAfterSeconds: 1 }),
    faults.quota(),
    faults.serverError(),
    faults.unavailable(),
    faults.slow(TIMEOUT_MS * 3),
    faults.drop(),
  ];
  return choices[Math.floor(random() * choices.length)] as Fault;
}

function storeFor(id: string) {
  return new SheetsStore(
    new SheetsApi({
      spreadsheetId: id,
      rootUrl: context.sheets.rootUrl,
      timeoutMs: TIMEOUT_MS,
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {} },
    }),
  );
}

const run = (id: string) => runDaily({ store: storeFor(id), today, extraSettingRows: NO_BUDGET_LIMITS });
const contactsOf = (id: string) => context.sheets.tabValues(id, "Contacts");

describe(`faults in ${FAULT_RATE * 100}% of Google Sheets calls, ${RUNS} seeded runs`, () => {
  it("leaves every row either fully updated or untouched, and a clean re-run converges to a fault-free run", async () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const table = hostileTable(30, seed, today);
      const rows = table.rows.map((row) => row.map((cell) => cell.slice(0, 300)));
      const tabs = { Contacts: [table.header, ...rows] };
      const reference = context.sheets.createSpreadsheet({ tabs, input: "RAW" });
      await run(reference);
      const expected = contactsOf(reference);

      const id = context.sheets.createSpreadsheet({ tabs, input: "RAW" });
      const before = contactsOf(id);
      const random = seeded(seed);
      context.sheets.setFaultPolicy(() => {
        faultStats.calls++;
        if (random() >= FAULT_RATE) return undefined;
        faultStats.faults++;
        return randomFault(random);
      });
      const failed = await run(id).then(
        () => false,
        (error: Error) => {
          expect(error.message).toMatch(/nothing was written|Google Sheets/);
          return true;
        },
      );
      context.sheets.setFaultPolicy(undefined);
      faultStats.runs++;
      if (failed) faultStats.failedRuns++;

      const after = contactsOf(id);
      after.slice(1).forEach((row, index) => {
        faultStats.rowsChecked++;
        const untouched = JSON.stringify(row) === JSON.stringify(before[index + 1]);
        const updated = JSON.stringify(row) === JSON.stringify(expected[index + 1]);
        expect(untouched || updated, `seed ${seed}, row ${index + 2}`).toBe(true);
      });
      expect(after).toHaveLength(expected.length);

      await run(id);
      expect(contactsOf(id), `seed ${seed}: clean re-run`).toEqual(expected);
      context.sheets.reset();
    }
    expect(faultStats.faults).toBeGreaterThan(RUNS);
    console.log(`sheets faults: ${JSON.stringify(faultStats)}`);
  });
});
