import { expect } from "vitest";
import { type Day, dayFromIso, isoDay } from "../../shared/contacts/days.js";
import { type RunSummary, runDaily } from "../../shared/run/daily-run.js";
import { doneLine } from "../../shared/run/done-summary.js";
import type { ContactStore } from "../../shared/run/ports.js";
import {
  type Cell,
  DONE_EFFECTS,
  DONE_LINES,
  FILLED_ON_FIRST_MORNING,
  FIRST_MORNING,
  MARKS,
  type Mark,
  MORNINGS,
} from "./month-table.js";

/** A table as the store's own data holds it, read without Tend: one record per contact, in order. */
export interface TableView {
  header: string[];
  rows: Record<string, Cell>[];
}

/** One store under the month: how to open it for a run, read it independently, and mark Done in it. */
export interface MonthStore {
  /** "none": ticks are text, cleared to blank; "cells": a ticked checkbox clears to an unticked one;
   *  "property": Done is a checkbox property, so every mark is a tick and clears to unticked. */
  readonly checkboxes: "none" | "cells" | "property";
  open(): ContactStore;
  read(): Promise<TableView>;
  mark(name: string, mark: Mark): Promise<void>;
  /** Called right before a morning's run: a store can have the user edit while Tend runs. */
  beforeRun?(morning: number): void;
}

export interface Morning {
  number: number;
  day: string;
  summary: RunSummary;
  before: TableView;
  after: TableView;
}

export const OUTPUT_HEADERS = ["Suggested action", "Why", "Priority", "Due", "Draft message"];
const OUTPUTS: ReadonlySet<string> = new Set(OUTPUT_HEADERS);

/** Runs the month on the store, checking every morning against the store's own data. */
export async function monthOfMornings(store: MonthStore): Promise<Morning[]> {
  const mornings: Morning[] = [];
  let yesterday = await store.read();
  for (let number = 1; number <= MORNINGS; number++) {
    const day = isoDay((dayFromIso(FIRST_MORNING) as Day) + number - 1);
    for (const [name, mark] of MARKS[number] ?? []) await store.mark(name, mark);
    const before = await store.read();
    expectOnlyMarksTyped(yesterday, before, number);
    store.beforeRun?.(number);
    const contacts = store.open();
    let summary: RunSummary;
    try {
      summary = await runDaily({ store: contacts, today: dayFromIso(day) as Day });
    } finally {
      await contacts.close();
    }
    const after = await store.read();
    const morning = { number, day, summary, before, after };
    checkMorning(store, morning);
    mornings.push(morning);
    yesterday = after;
  }
  return mornings;
}

/** Each contact's "day Action Due" whenever its Suggested action or Due changed. */
export function timeline(mornings: readonly Morning[]): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  for (const { day, before, after } of mornings) {
    const earlier = byName(before);
    after.rows.forEach((row) => {
      const name = String(row.Name);
      const was = earlier.get(name) ?? {};
      const action = text(row["Suggested action"]);
      const due = text(row.Due);
      if (text(was["Suggested action"]) === action && text(was.Due) === due) return;
      lines[name] = [...(lines[name] ?? []), `${day} ${action} ${due}`];
    });
  }
  return lines;
}

/** The day a mark records: the date the user gave, or the morning that reads a tick. */
export function doneDay(store: MonthStore, mark: Mark, day: string): string {
  return typeof mark === "object" && store.checkboxes !== "property" ? mark.day : day;
}

function checkMorning(store: MonthStore, { number, day, summary, before, after }: Morning): void {
  const at = `morning ${number} (${day})`;
  // Columns Tend adds go at the right end; the user's stay where they were.
  expect(after.header.slice(0, before.header.length), at).toEqual(before.header);
  const names = (view: TableView) => view.rows.map((row) => String(row.Name)).sort();
  expect(names(after), at).toEqual(names(before));
  const earlier = byName(before);
  const expectedInputs = inputsWritten(store, number, day);
  let changedRows = 0;
  let changedActions = 0;
  after.rows.forEach((row) => {
    const name = String(row.Name);
    const was = earlier.get(name) ?? {};
    const changed = changedColumns(was, row);
    if (changed.length > 0) changedRows++;
    const inputs = Object.fromEntries(
      changed.filter((column) => !OUTPUTS.has(column)).map((c) => [c, row[c]]),
    );
    expect(inputs, `${at}: input cells written on ${name}'s row`).toEqual(expectedInputs[name] ?? {});
    const sameAction = text(was["Suggested action"]) === text(row["Suggested action"]);
    if (!sameAction) changedActions++;
    if (sameAction && number > 1) {
      // A standing action keeps the Due of the day it became due.
      expect(text(row.Due), `${at}: ${name}'s Due`).toBe(text(was.Due));
      if (Object.keys(inputs).length === 0) expect(changed, `${at}: ${name}'s cells`).toEqual([]);
    }
    expect(["", false], `${at}: ${name}'s Done after the run`).toContain(row.Done ?? "");
  });
  expect(summary.rowsChanged, `${at}: rows changed`).toBe(changedRows);
  if (MARKS[number] === undefined && number > 1)
    expect(summary.rowsChanged, `${at}: a morning without edits`).toBe(changedActions);
  expect(doneLine(summary.done), `${at}: the Done line`).toBe(DONE_LINES[number]);
  expect(summary.warnings, at).toEqual([]);
}

/** Exactly the input cells RULES.md §0 lets this morning write, by contact. */
function inputsWritten(store: MonthStore, number: number, day: string): Record<string, Record<string, Cell>> {
  if (number === 1) return { ...FILLED_ON_FIRST_MORNING };
  const written: Record<string, Record<string, Cell>> = {};
  for (const [name, mark] of MARKS[number] ?? []) {
    const effect = DONE_EFFECTS[name];
    if (effect === undefined) throw new Error(`no Done effect for ${name}`);
    written[name] = { ...effect(doneDay(store, mark, day)), Done: clearedDone(store, mark) };
  }
  return written;
}

function clearedDone(store: MonthStore, mark: Mark): Cell {
  if (store.checkboxes === "property") return false;
  return store.checkboxes === "cells" && mark === true ? false : "";
}

/** Between two mornings the user typed only their Done marks. */
function expectOnlyMarksTyped(yesterday: TableView, today: TableView, number: number): void {
  const earlier = byName(yesterday);
  const typed = today.rows.flatMap((row) =>
    changedColumns(earlier.get(String(row.Name)) ?? {}, row).map((column) => `${row.Name}: ${column}`),
  );
  const marked = (MARKS[number] ?? []).map(([name]) => `${name}: Done`);
  expect(typed.sort(), `before morning ${number}`).toEqual(marked.sort());
}

/** Rows by contact: the user may sort the table between mornings, or during a run. */
function byName(view: TableView): Map<string, Record<string, Cell>> {
  return new Map(view.rows.map((row) => [String(row.Name), row]));
}

function changedColumns(before: Record<string, Cell>, after: Record<string, Cell>): string[] {
  const columns = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...columns].filter((column) => (before[column] ?? "") !== (after[column] ?? ""));
}

function text(cell: Cell | undefined): string {
  return cell === undefined ? "" : String(cell);
}
