import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import { resetConfiguration } from "../../functions/index.js";
import { faults } from "../fakes/sheets/index.js";
import { HEADER, useFakeGoogle } from "../stores/sheets/sheets-harness.js";
import { captureOutput } from "../support/capture-output.js";
import { useFunctionServer } from "../support/function-server.js";

const { context } = useFakeGoogle();

const functionServer = useFunctionServer("dailyRun");

const FAILURES = [
  ["no access (403)", (id: string) => context.sheets.forbid(id)],
  ["Google down (500 on every call)", () => context.sheets.setFaultPolicy(() => faults.serverError())],
  [
    "quota (429 on every call)",
    () => context.sheets.setFaultPolicy(() => faults.quota({ retryAfterSeconds: 0 })),
  ],
  ["dropped connections", () => context.sheets.setFaultPolicy(() => faults.drop())],
  ["no failure", () => {}],
] as const;

describe("the Google access token never appears in output, errors, logs or the sheet", () => {
  it.each(FAILURES)("tend run with %s", async (_, fail) => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana"]] },
    });
    fail(id);
    const env = { SHEETS_API_ROOT_URL: context.sheets.rootUrl, TEND_RETRY_ATTEMPTS: "2" };
    const output = await captureOutput(() =>
      main(["run", "--source", `sheets:${id}`, "--debug"], (text) => console.log(text), env),
    );
    context.sheets.setFaultPolicy(undefined);
    context.sheets.allow(id);
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(context.metadata.token);
    const sheet = JSON.stringify(context.sheets.spreadsheet(id));
    expect(sheet).not.toContain(context.metadata.token);
  });

  it.each(FAILURES)("the HTTP function with %s", async (_, fail) => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana"]] },
    });
    fail(id);
    resetConfiguration({
      TEND_SOURCE: `sheets:${id}`,
      SHEETS_API_ROOT_URL: context.sheets.rootUrl,
      TEND_LOG_LEVEL: "DEBUG",
      TEND_RETRY_ATTEMPTS: "2",
    });
    let answer = "";
    const output = await captureOutput(async () => {
      const response = await fetch(functionServer.url(), {
        method: "POST",
        body: "{}",
        headers: { "content-type": "application/json" },
      });
      answer = await response.text();
    });
    resetConfiguration();
    context.sheets.setFaultPolicy(undefined);
    expect(`${output}\n${answer}`).not.toContain(context.metadata.token);
  });
});
