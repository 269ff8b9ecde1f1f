import { describe, expect, it } from "vitest";
import { runDaily } from "../../../shared/run/daily-run.js";
import { MAX_WRITE_BYTES } from "../../../shared/stores/sheets/write-batches.js";
import { type CallRecord, faults } from "../../fakes/sheets/index.js";
import { HEADER, TODAY, useFakeGoogle } from "./sheets-harness.js";

const { context, store } = useFakeGoogle();
// A small bound, so 300 contacts behave as 30,000 do against MAX_WRITE_BYTES.
const BOUND = 20_000;

function bigSheet(contacts: number) {
  const rows = Array.from({ length: contacts }, (_, i) => [
    `Person ${i}`,
    `linkedin.com/in/p${i}`,
    i % 2 ? "Met in person" : "Worked together",
  ]);
  return context.sheets.createSpreadsheet({ tabs: { Contacts: [HEADER, ...rows] }, input: "RAW" });
}

const writeCalls = () => context.sheets.calls.filter((call) => call.endpoint === "values.batchUpdate");
const bytes = (call: CallRecord) => Buffer.byteLength(JSON.stringify(call.body));
const tabsOf = (call: CallRecord) => call.ranges.map((range) => /^'([^']+)'/.exec(range)?.[1]);
/** The 1-based rows a call's Contacts ranges cover. */
function contactRows(call: CallRecord): number[] {
  return call.ranges.flatMap((range) => {
    const match = /^'Contacts'!\D+(\d+):\D+(\d+)$/.exec(range);
    if (match === null) return [];
    const [first, last] = [Number(match[1]), Number(match[2])];
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
}

describe("SheetsDocument.write on a big sheet", () => {
  it("keeps to one values.batchUpdate under MAX_WRITE_BYTES", async () => {
    expect(MAX_WRITE_BYTES).toBe(1_500_000);
    const id = bigSheet(300);
    await runDaily({ store: store(id), today: TODAY });
    expect(writeCalls()).toHaveLength(1);
  });

  it("splits a write above the bound into calls under it: contact rows, then Today, the Run log last", async () => {
    const id = bigSheet(300);
    await runDaily({ store: store(id, { maxWriteBytes: BOUND }), today: TODAY });
    const calls = writeCalls();
    expect(calls.length).toBeGreaterThan(3);
    for (const call of calls) expect(bytes(call)).toBeLessThanOrEqual(BOUND);
    const order = calls.flatMap(tabsOf);
    expect(order.lastIndexOf("Contacts")).toBeLessThan(order.indexOf("Today"));
    expect(order.lastIndexOf("Today")).toBeLessThan(order.indexOf("Run log"));
    expect(calls.slice(0, -1).some((call) => tabsOf(call).includes("Run log"))).toBe(false);
    // Every contact row in exactly one call: a row is never half written.
    const rows = calls.flatMap(contactRows);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(expect.arrayContaining([1, 2, 301]));
  });

  it("writes the same sheet split or not", async () => {
    const whole = bigSheet(300);
    const split = bigSheet(300);
    await runDaily({ store: store(whole), today: TODAY, now: () => new Date("2026-11-25T07:00:00Z") });
    await runDaily({
      store: store(split, { maxWriteBytes: BOUND }),
      today: TODAY,
      now: () => new Date("2026-11-25T07:00:00Z"),
    });
    for (const tab of ["Contacts", "Today"])
      expect(context.sheets.tabValues(split, tab)).toEqual(context.sheets.tabValues(whole, tab));
    const runLog = (id: string) =>
      context.sheets.tabValues(id, "Run log").map((row) => row.slice(2, 6).concat(row.slice(7)));
    expect(runLog(split)).toEqual(runLog(whole));
  });

  it("leaves no Run log row saying ok when a later write call fails", async () => {
    const id = bigSheet(300);
    context.sheets.onCall(
      2,
      () => context.sheets.injectFaults(faults.status(400, "INVALID_ARGUMENT", "Bad")),
      "values.batchUpdate",
    );
    await expect(runDaily({ store: store(id, { maxWriteBytes: BOUND }), today: TODAY })).rejects.toThrow();
    const outcomes = context.sheets
      .tabValues(id, "Run log")
      .slice(1)
      .map((row) => row[7]);
    expect(outcomes).not.toContain("ok");
    // The first call's rows were written whole: each row has all its suggestion or none.
    const contacts = context.sheets.tabValues(id, "Contacts").slice(1);
    const written = contacts.filter((row) => row[5] !== undefined && row[5] !== "");
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(300);
    for (const row of written) expect(row[8]).not.toBe("");
  });
});
