import { describe, expect, it } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { sameSource } from "../../functions/source-guard.js";
import type { SourceRef } from "../../shared/run/source-ref.js";
import { HEADER, useFakeGoogle } from "../stores/sheets/sheets-harness.js";
import { captureOutput } from "../support/capture-output.js";
import { useFunctionServer } from "../support/function-server.js";

const { context } = useFakeGoogle();
const server = useFunctionServer("dailyRun");

const urlOf = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

/** Two sheets the service account can open; the function is deployed for the first. */
function deployTwoSheets(extra: Record<string, string> = {}) {
  const rows = [HEADER, ["Ana Silva", "linkedin.com/in/ana", "Worked together"]];
  const own = context.sheets.createSpreadsheet({ tabs: { Contacts: rows } });
  const other = context.sheets.createSpreadsheet({ tabs: { Contacts: rows } });
  resetConfiguration({ TEND_SOURCE: `sheets:${own}`, SHEETS_API_ROOT_URL: context.sheets.rootUrl, ...extra });
  context.sheets.resetCalls();
  return { own, other };
}

async function post(body: object) {
  let status = 0;
  let json: Record<string, unknown> = {};
  const output = await captureOutput(async () => {
    const response = await fetch(server.url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    status = response.status;
    json = (await response.json()) as Record<string, unknown>;
  });
  return { status, json, output };
}

describe("dailyRun aimed at a table", () => {
  it.each([
    ["another sheet by id", (ids: { other: string }) => `sheets:${ids.other}`],
    ["another sheet by URL", (ids: { other: string }) => urlOf(ids.other)],
    ["a workbook on the instance", () => "/etc/contacts.xlsx"],
    ["a CSV file on the instance", () => "../../contacts.csv"],
  ])("answers 403 to %s and reads nothing", async (_, sourceOf) => {
    const ids = deployTwoSheets();
    const { status, json, output } = await post({ source: sourceOf(ids), dryRun: true });
    expect(status).toBe(403);
    expect(String(json.error)).toMatch(/serves only the table it was deployed for \(TEND_SOURCE\)/);
    expect(context.sheets.count()).toBe(0);
    expect(output).toContain('"severity":"WARNING"');
  });

  it.each([
    ["its own sheet by URL", (ids: { own: string }) => urlOf(ids.own)],
    ["its own sheet by id", (ids: { own: string }) => `sheets:${ids.own}`],
  ])("runs on %s", async (_, sourceOf) => {
    const ids = deployTwoSheets();
    const { status, json } = await post({ source: sourceOf(ids), dryRun: true });
    expect(status).toBe(200);
    expect(json).toMatchObject({ contactsRead: 1, dryRun: true });
    expect(context.sheets.count({ spreadsheetId: ids.other })).toBe(0);
  });

  it("runs on a sheet listed in TEND_ALLOWED_SOURCES, by any of its forms", async () => {
    const ids = deployTwoSheets();
    resetConfiguration({
      TEND_SOURCE: `sheets:${ids.own}`,
      TEND_ALLOWED_SOURCES: ` ${urlOf(ids.other)} , notion:0123456789abcdef0123456789abcdef`,
      SHEETS_API_ROOT_URL: context.sheets.rootUrl,
    });
    const { status } = await post({ source: `sheets:${ids.other}`, dryRun: true });
    expect(status).toBe(200);
    expect(context.sheets.count({ spreadsheetId: ids.own })).toBe(0);
  });

  it("answers 500 naming TEND_SOURCE when TEND_SOURCE itself is not a source", async () => {
    resetConfiguration({ TEND_SOURCE: "contacts.txt" });
    const { status, json } = await post({ dryRun: true });
    expect(status).toBe(500);
    expect(String(json.error)).toMatch(/^TEND_SOURCE: "contacts.txt" is not a source Tend can read/);
  });
});

describe(sameSource, () => {
  const sheet = (spreadsheetId: string): SourceRef => ({ kind: "sheets", spreadsheetId });
  it.each<[string, SourceRef, SourceRef, boolean]>([
    ["one sheet id", sheet("abcdefghij123"), sheet("abcdefghij123"), true],
    ["ids that differ in case", sheet("abcdefghij123"), sheet("ABCDEFGHIJ123"), false],
    [
      "a path and its absolute form",
      { kind: "csv", path: "a.csv" },
      { kind: "csv", path: `${process.cwd()}/a.csv` },
      true,
    ],
    ["a workbook and a CSV file", { kind: "xlsx", path: "a.xlsx" }, { kind: "csv", path: "a.xlsx" }, false],
    ["a sheet and a Notion database", sheet("abc"), { kind: "notion", databaseId: "abc" }, false],
  ])("compares %s", (_, a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
  });
});
