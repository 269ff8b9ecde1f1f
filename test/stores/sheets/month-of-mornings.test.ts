import { describe, expect, it } from "vitest";
import { columnLetters } from "../../fakes/sheets/index.js";
import { type MonthStore, monthOfMornings, timeline } from "../../support/month-of-mornings.js";
import { CONTACTS, expectedTimeline, type Mark, tableRows } from "../../support/month-table.js";
import { useFakeGoogle } from "./sheets-harness.js";

const { context, store } = useFakeGoogle();

/** The morning the user sorts the sheet by Name, Z to A, while Tend is between reading and writing. */
const SORTED_DURING_RUN = 12;

/** A Google Sheet typed in by hand (dates typed become serial dates), read back from the fake's own state. */
function sheetMonth(): { id: string; month: MonthStore } {
  const id = context.sheets.createSpreadsheet({ tabs: { Contacts: tableRows() } });
  const values = () => context.sheets.tabValues(id, "Contacts");
  const read = async () => {
    const [header = [], ...rows] = values().map((row) => row.map((cell) => cell));
    const names = header.map(String);
    return {
      header: names,
      rows: rows.map((row) => Object.fromEntries(names.map((name, index) => [name, row[index] ?? ""]))),
    };
  };
  const mark = async (name: string, value: Mark) => {
    const grid = values();
    const done = (grid[0] ?? []).indexOf("Done");
    const row = grid.findIndex((line) => line[0] === name) + 1;
    if (done < 0 || row < 2) throw new Error(`no Done cell for ${name}`);
    // Typed as a user would: x and Yes as text, a checkbox as TRUE, a date as a date.
    const input = typeof value === "object" ? value.day : value;
    context.sheets.setCell(id, "Contacts", `${columnLetters(done)}${row}`, input);
  };
  const beforeRun = (morning: number) => {
    if (morning !== SORTED_DURING_RUN) return;
    // The second read of a run is the re-check right before the write.
    context.sheets.onCall(
      2,
      () => context.sheets.sortRows(id, "Contacts", { column: 0, descending: true }),
      "values.batchGet",
    );
  };
  return { id, month: { checkboxes: "cells", open: () => store(id), read, mark, beforeRun } };
}

describe("a month of mornings on a Google Sheet", () => {
  it("records every Done, fills dates once, keeps each Due and rewrites only rows whose decision changed", async () => {
    const { id, month } = sheetMonth();
    const mornings = await monthOfMornings(month);
    expect(timeline(mornings)).toEqual(expectedTimeline("2026-11-11"));

    // Every write went as values (RAW): no formula anywhere, ISO days as text, Done a boolean.
    const writes = context.sheets.calls.filter((call) => call.endpoint === "values.batchUpdate");
    expect(writes.length).toBeGreaterThan(0);
    for (const call of writes) expect(call.body).toMatchObject({ valueInputOption: "RAW" });
    expect(context.sheets.formulas(id, "Contacts")).toEqual({});
    const grid = context.sheets.tabValues(id, "Contacts");
    const header = (grid[0] ?? []).map(String);
    const cell = (name: string, column: string) =>
      grid.find((row) => row[0] === name)?.[header.indexOf(column)];
    expect(cell("Cy Diaz", "Done")).toBe(false);
    expect(cell("Ana Silva", "Requested on")).toBe("2026-11-02");
    // Bo's date was typed as a date (a serial); it was recorded onto Bo's row after the sort.
    expect(cell("Bo Chen", "Followed up on")).toBe("2026-11-11");
    expect(grid.slice(1).map((row) => row[0])).toEqual(
      CONTACTS.map((contact) => contact.Name)
        .sort()
        .reverse(),
    );
    expect(header.slice(13)).toEqual([
      "Suggested action",
      "Why",
      "Priority",
      "Due",
      "Draft message",
      "Milestone on",
      "Recent post on",
      "Done",
      "Connected on",
    ]);
  });
});
