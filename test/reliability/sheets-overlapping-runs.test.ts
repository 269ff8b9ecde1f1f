import { describe, expect, it } from "vitest";
import { HEADER, useFakeGoogle } from "../stores/sheets/sheets-harness.js";

const { context, run } = useFakeGoogle();

describe("two runs on the same Google Sheet at once (a Scheduler retry while the first still runs)", () => {
  it("lets the run that finishes first write, and stops the other before it writes anything", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: {
        Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana", "Worked together"]],
        "Run log": [["Started at"]],
      },
    });
    let second: Promise<unknown> | undefined;
    // Right before the first run re-checks the sheet, a second run starts and finishes.
    context.sheets.onCall(
      2,
      async () => {
        second = run(id, { now: () => new Date("2026-11-25T07:00:05Z") });
        await second;
      },
      "values.batchGet",
    );
    await expect(run(id, { now: () => new Date("2026-11-25T07:00:00Z") })).rejects.toThrow(
      /Another Tend run on this spreadsheet finished while this one was running; this one wrote nothing/,
    );
    await expect(second).resolves.toBeDefined();
    const log = context.sheets.tabValues(id, "Run log").slice(1);
    expect(log.map((row) => row[0])).toEqual(["2026-11-25T07:00:05.000Z"]);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[5]).toBe("Connect");
  });
});
