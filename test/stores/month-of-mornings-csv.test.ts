import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import { type MonthStore, type Morning, monthOfMornings, timeline } from "../support/month-of-mornings.js";
import { expectedTimeline, type Mark, tableRows } from "../support/month-table.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

/** The CSV file re-read with csv-parse, as any other program would. */
async function readGrid(path: string): Promise<string[][]> {
  return parse(await readFile(path), { bom: true, relaxColumnCount: true }) as string[][];
}

async function csvMonth(): Promise<{ path: string; store: MonthStore }> {
  const path = join(await tempDir(), "contacts.csv");
  await writeFile(path, stringify(tableRows()));
  const read = async () => {
    const [header = [], ...rows] = await readGrid(path);
    return {
      header,
      rows: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""]))),
    };
  };
  const mark = async (name: string, value: Mark) => {
    const [header = [], ...rows] = await readGrid(path);
    const row = rows.find((candidate) => candidate[0] === name);
    const done = header.indexOf("Done");
    if (row === undefined || done < 0) throw new Error(`no Done cell for ${name}`);
    // A CSV file has no checkboxes: a ticked box typed into a spreadsheet program saves as TRUE.
    row[done] = value === true ? "TRUE" : typeof value === "object" ? value.day : value;
    await writeFile(path, stringify([header, ...rows]));
  };
  return { path, store: { checkboxes: "none", open: () => new CsvStore(path), read, mark } };
}

describe("a month of mornings on a CSV file", () => {
  let mornings: Morning[] = [];
  let path = "";

  it("records every Done, fills dates once, keeps each Due and rewrites only rows whose decision changed", async () => {
    const month = await csvMonth();
    path = month.path;
    mornings = await monthOfMornings(month.store);
    expect(timeline(mornings)).toEqual(expectedTimeline("2026-11-11"));
    const quiet = mornings.filter((morning) => morning.summary.rowsChanged === 0);
    expect(quiet.length).toBeGreaterThanOrEqual(20);
    const last = mornings.at(-1)?.after;
    // Missing columns came at the right end, in the order they were first needed.
    expect(last?.header.slice(13)).toEqual([
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
    const text = await readFile(path, "utf8");
    expect(text).not.toMatch(/TRUE|FALSE/);
  });
});
