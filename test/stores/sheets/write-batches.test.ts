import { describe, expect, it } from "vitest";
import type { TabWrite } from "../../../shared/stores/grid/grid-document.js";
import { roomRequests } from "../../../shared/stores/sheets/sheets-room.js";
import { bodyBytes, MAX_WRITE_BYTES, writeBatches } from "../../../shared/stores/sheets/write-batches.js";

const DRAFT = "Hi Ana, it was great meeting you at the conference last month. ".repeat(3);

/** A first run on `contacts` rows: five output cells a row, a Today block and a Run log block. */
function firstRun(contacts: number): TabWrite[] {
  const cells = Array.from({ length: contacts }, (_, i) =>
    ["Connect", "Worked together, not connected yet", "High", "2026-11-25", DRAFT].map((value, column) => ({
      row: i + 1,
      column: 5 + column,
      value,
    })),
  ).flat();
  const block = (tab: string, rows: number) => ({
    tab,
    cells: Array.from({ length: rows * 4 }, (_, i) => ({
      row: Math.floor(i / 4),
      column: i % 4,
      value: "x",
    })),
  });
  // Given out of order: the Run log first, as the store may list it.
  return [block("Run log", 30), { tab: "Contacts", cells }, block("Today", 40)];
}

const tabOf = (range: string | null | undefined) => /^'([^']+)'/.exec(range ?? "")?.[1];
const rowsOf = (range: string | null | undefined) => {
  const match = /!\D+(\d+):\D+(\d+)$/.exec(range ?? "");
  return match === null
    ? []
    : Array.from({ length: Number(match[2]) - Number(match[1]) + 1 }, (_, i) => Number(match[1]) + i);
};

describe("writeBatches", () => {
  it("sends one call under the bound", () => {
    expect(writeBatches(firstRun(1_000))).toHaveLength(1);
  });

  it("splits 30,000 contacts into calls under MAX_WRITE_BYTES: contact rows, then Today, the Run log last", () => {
    const writes = firstRun(30_000);
    expect(bodyBytes(writeBatches(writes, Number.POSITIVE_INFINITY)[0] ?? [])).toBeGreaterThan(
      2 * MAX_WRITE_BYTES,
    );
    const calls = writeBatches(writes);
    expect(calls.length).toBeGreaterThan(2);
    for (const call of calls) expect(bodyBytes(call)).toBeLessThanOrEqual(MAX_WRITE_BYTES);
    const order = calls.flat().map((range) => tabOf(range.range));
    expect(order.lastIndexOf("Contacts")).toBeLessThan(order.indexOf("Today"));
    expect(order.lastIndexOf("Today")).toBeLessThan(order.indexOf("Run log"));
    expect(
      calls
        .slice(0, -1)
        .flat()
        .some((range) => tabOf(range.range) === "Run log"),
    ).toBe(false);
    const rows = calls.flatMap((call) => [
      ...new Set(
        call.filter((range) => tabOf(range.range) === "Contacts").flatMap((range) => rowsOf(range.range)),
      ),
    ]);
    expect(rows).toHaveLength(30_000);
    expect(new Set(rows).size).toBe(30_000);
  });

  it("never splits a row's cells, even when they make two ranges", () => {
    const cells = Array.from({ length: 200 }, (_, i) => [
      { row: i + 1, column: 5, value: DRAFT },
      { row: i + 1, column: 12, value: null },
    ]).flat();
    const calls = writeBatches([{ tab: "Contacts", cells }], 5_000);
    expect(calls.length).toBeGreaterThan(5);
    const callOfRow = new Map<number, Set<number>>();
    calls.forEach((call, index) => {
      for (const range of call)
        for (const row of rowsOf(range.range))
          callOfRow.set(row, new Set([...(callOfRow.get(row) ?? []), index]));
    });
    expect([...callOfRow.values()].every((set) => set.size === 1)).toBe(true);
  });
});

describe("roomRequests", () => {
  it("handles 30,000 contacts' cells", () => {
    const requests = roomRequests(
      [{ title: "Contacts", sheetId: 0, gridProperties: { rowCount: 1000, columnCount: 26 } }],
      firstRun(30_000),
    );
    expect(requests).toContainEqual({ appendDimension: { sheetId: 0, dimension: "ROWS", length: 29_001 } });
  });
});
