import { describe, expect, it } from "vitest";
import type { CellInput } from "../../fakes/sheets/index.js";
import { TEND_HEADERS } from "../../support/tend-headers.js";
import { HEADER, SERVICE_ACCOUNT, useFakeGoogle } from "./sheets-harness.js";

const { context, run } = useFakeGoogle();

function contactsSheet(rows: CellInput[][], extra: Record<string, CellInput[][]> = {}) {
  return context.sheets.createSpreadsheet({
    timeZone: "Europe/Berlin",
    tabs: { Contacts: [HEADER, ...rows], ...extra },
    input: "RAW",
  });
}

describe("SheetsStore", () => {
  it("writes each suggestion next to its contact, reading serial dates and ragged rows", async () => {
    const id = contactsSheet([
      ["Ana Silva", "linkedin.com/in/ana", "Worked together"],
      ["Bo Chen", "linkedin.com/in/bo", "", "Request sent", 46_330],
      [],
      ["Cy Diaz"],
    ]);
    const summary = await run(id);
    expect(summary.contactsRead).toBe(3);
    const values = context.sheets.tabValues(id, "Contacts");
    expect(values[0]).toEqual([...HEADER, ...TEND_HEADERS]);
    expect(values[1]?.[5]).toBe("Connect");
    // Serial 46330 is 2026-11-04: 21 days before 2026-11-25.
    expect(values[2]?.slice(5, 9)).toEqual([
      "Follow up",
      expect.stringContaining("2026-11-04"),
      "High",
      "2026-11-25",
    ]);
    expect(values[3] ?? []).toEqual([]);
    expect(values[4]?.[5]).toBe("Hold off");
  });

  it("makes at most 4 calls on a normal run, and writes no contact cell when nothing changed", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [
      `Person ${i}`,
      `linkedin.com/in/p${i}`,
      i % 2 ? "Met in person" : "",
    ]);
    const id = contactsSheet(rows, { "Run log": [["Started at"]] });
    await run(id);
    context.sheets.resetCalls();
    const second = await run(id);
    expect(second.rowsChanged).toBe(0);
    expect(context.sheets.calls.length).toBeLessThanOrEqual(4);
    const writes = context.sheets.calls.filter((call) => call.endpoint === "values.batchUpdate");
    expect(writes).toHaveLength(1);
    // Only the Run log row and the Today tab: no contact cell.
    expect(writes[0]?.ranges.every((range) => /^'(Run log|Today)'/.test(range))).toBe(true);
  });

  it("uses the spreadsheet's own time zone as the default Time zone", async () => {
    const id = contactsSheet([["Ana", "", "", "Request sent", 46_340]]);
    const late = new Date("2026-11-24T23:30:00Z"); // already 25 Nov in Berlin
    const summary = await run(id, { now: () => late, today: undefined as never });
    expect(summary.today).toBe("2026-11-25");
  });

  it("reads Settings and Templates tabs", async () => {
    const id = contactsSheet([["Ana Silva", "", "Worked together"]], {
      Settings: [
        ["Setting", "Value"],
        ["My name", "Alex"],
      ],
      Templates: [
        ["Action", "Template"],
        ["Connect", "Hi {first_name}, {my_name} here"],
      ],
    });
    await run(id);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[9]).toBe("Hi Ana, Alex here");
  });

  it("writes text that looks like a formula as text (RAW), never as a formula", async () => {
    const id = contactsSheet([['=IMPORTXML("http://evil","//a")', "", "Worked together"]], {
      Templates: [
        ["Action", "Template"],
        ["Connect", "{name}"],
      ],
    });
    await run(id);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[9]).toBe('=IMPORTXML("http://evil","//a")');
    expect(context.sheets.formulas(id, "Contacts")).toEqual({});
  });

  it("appends one Run log row per run, creating the tab the first time", async () => {
    const id = contactsSheet([["Ana Silva", "", "Worked together"]]);
    await run(id);
    await run(id);
    const log = context.sheets.tabValues(id, "Run log");
    expect(log[0]?.[0]).toBe("Started at");
    expect(log).toHaveLength(3);
    expect(log[1]?.[3]).toBe(1);
    expect(log[2]?.[3]).toBe(0);
  });
});

describe("SheetsStore when Google fails", () => {
  it("waits as long as Retry-After asks on 429 and then succeeds", async () => {
    const id = contactsSheet([["Ana Silva", "", "Worked together"]]);
    const { faults } = await import("../../fakes/sheets/index.js");
    context.sheets.injectFaults([faults.quota({ retryAfterSeconds: 7 })], "values.batchUpdate");
    await run(id);
    expect(context.sleeps).toEqual([7000]);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[5]).toBe("Connect");
  });

  it("retries 500, 503 and a dropped connection on every kind of call", async () => {
    const id = contactsSheet([["Ana Silva", "", "Worked together"]]);
    const { faults } = await import("../../fakes/sheets/index.js");
    context.sheets.injectFaults([faults.serverError()], "spreadsheets.get");
    context.sheets.injectFaults([faults.unavailable()], "values.batchGet");
    context.sheets.injectFaults([faults.drop()], "values.batchUpdate");
    await run(id);
    expect(context.sleeps).toHaveLength(3);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[5]).toBe("Connect");
  });

  it("writes nothing and says so when Google keeps failing", async () => {
    const id = contactsSheet([["Ana Silva", "", "Worked together"]]);
    const { faults } = await import("../../fakes/sheets/index.js");
    context.sheets.setFaultPolicy((call) =>
      call.endpoint === "values.batchUpdate" ? faults.serverError() : undefined,
    );
    await expect(run(id)).rejects.toThrow(/did not answer after several tries.*nothing was written/);
    expect(context.sheets.tabValues(id, "Contacts")[0]).toEqual(HEADER);
  });

  it("names the e-mail to share the sheet with on 403, and says the id is wrong on 404", async () => {
    const id = contactsSheet([["Ana Silva"]]);
    context.sheets.forbid(id);
    await expect(run(id)).rejects.toThrow(`share it (Editor) with ${SERVICE_ACCOUNT}`);
    await expect(run("1DoesNotExist0000000000")).rejects.toThrow(/does not exist: check the id/);
  });

  it("never shows the access token in an error", async () => {
    const id = contactsSheet([["Ana Silva"]]);
    context.sheets.forbid(id);
    const error = await run(id).catch((caught: unknown) => caught as Error);
    expect(String(error)).not.toContain("fake-token");
    expect(JSON.stringify(error)).not.toContain("fake-token");
  });
});
