import { describe, expect, it } from "vitest";
import { faults } from "../../fakes/sheets/index.js";
import { HEADER, useFakeGoogle } from "./sheets-harness.js";

const { context, run } = useFakeGoogle();

describe("the Today tab of a Google Sheet", () => {
  it("shows today's list, the health figures and their history, first among the tabs", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: {
        Contacts: [
          HEADER,
          ["Ana Silva", "linkedin.com/in/ana", "Worked together"],
          ["Bo Chen", "linkedin.com/in/bo", "", "Connected"],
        ],
      },
    });
    await run(id);
    await run(id);
    expect(context.sheets.tabTitles(id)[0]).toBe("Today");
    const today = context.sheets.tabValues(id, "Today");
    expect(today[0]?.[0]).toBe("Today, 2026-11-25");
    expect(today[4]?.[0]).toBe("To do today (1)");
    expect(today[6]?.slice(0, 4)).toEqual(["High", "Connect", "Ana Silva", "2026-11-25"]);
    expect(today[6]?.[6]).toBe("https://www.linkedin.com/in/ana/");
    expect(today.find((row) => row[0] === "Connections")?.[1]).toBe("1");
    // One history line per run, under its header, below the main block from column A.
    expect(today[46]?.slice(0, 2)).toEqual(["Run", "Connections"]);
    expect(today[47]?.[1]).toBe(1);
    expect(today[48]?.[1]).toBe(1);
  });

  it("records a failed run in the Run log and the heartbeat, keeping the last list", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana", "Worked together"]] },
    });
    await run(id);
    const before = context.sheets.tabValues(id, "Today");
    context.sheets.setFaultPolicy((call) =>
      call.endpoint === "values.batchUpdate" ? faults.serverError() : undefined,
    );
    await expect(run(id)).rejects.toThrow(/nothing was written/);
    context.sheets.setFaultPolicy(undefined);
    const after = context.sheets.tabValues(id, "Today");
    expect(after[2]?.[1]).toMatch(/: failed: Google Sheets did not answer/);
    expect(after.slice(4)).toEqual(before.slice(4));
    expect(context.sheets.tabValues(id, "Run log").at(-1)?.[7]).toMatch(/^failed: /);
  });
});
