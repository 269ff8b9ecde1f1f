import { describe, expect, it } from "vitest";
import { main } from "../../../functions/cli/main.js";
import { TEND_HEADERS } from "../../support/tend-headers.js";
import { HEADER, useFakeGoogle } from "./sheets-harness.js";

const { context } = useFakeGoogle();

async function tend(...args: string[]) {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text), { SHEETS_API_ROOT_URL: context.sheets.rootUrl });
  return { code, output: lines.join("\n") };
}

describe("tend init --source sheets:<id>", () => {
  it("adds the missing tabs and headers, dropdowns, a frozen header and Tend's shaded, warning-protected columns", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: {
        Contacts: [
          ["Name", "Status"],
          ["Ana", "Connected"],
        ],
      },
    });
    const { code } = await tend("init", "--source", `sheets:${id}`);
    expect(code).toBe(0);
    expect(context.sheets.tabTitles(id)).toEqual(["Today", "Contacts", "Settings", "Templates", "Run log"]);
    expect(context.sheets.charts(id, "Today")).toHaveLength(1);
    const header = context.sheets.tabValues(id, "Contacts")[0];
    expect(header).toEqual(["Name", "Status", ...TEND_HEADERS]);
    expect(context.sheets.tabValues(id, "Contacts")[1]).toEqual(["Ana", "Connected"]);
    expect(context.sheets.sheetProperties(id, "Contacts").gridProperties?.frozenRowCount).toBe(1);
    const validations = context.sheets.dataValidations(id, "Contacts");
    expect(validations.map((rule) => rule.range)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Contacts!B2:B/)]),
    );
    // Done is a checkbox (column H) and Snooze until a date (column I).
    const conditionAt = (column: string) =>
      (
        validations.find((rule) => rule.range.startsWith(`Contacts!${column}2:`))?.rule.condition as {
          type?: string;
        }
      )?.type;
    expect([conditionAt("H"), conditionAt("I")]).toEqual(["BOOLEAN", "DATE_IS_VALID"]);
    const protectedRanges = context.sheets.protectedRanges(id, "Contacts");
    expect(protectedRanges).toHaveLength(5);
    expect(protectedRanges.every((range) => range.warningOnly)).toBe(true);
    expect(context.sheets.background(id, "Contacts", "C1")).toBeDefined();
    expect(context.sheets.tabValues(id, "Settings")[0]).toEqual(["Setting", "Value", "Default"]);
  });

  it("changes nothing when run twice", async () => {
    const id = context.sheets.createSpreadsheet({ tabs: { Contacts: [] } });
    await tend("init", "--source", `sheets:${id}`);
    const before = JSON.stringify(context.sheets.spreadsheet(id));
    const { output } = await tend("init", "--source", `sheets:${id}`);
    expect(output).toContain("already has everything Tend needs");
    expect(JSON.stringify(context.sheets.spreadsheet(id))).toBe(before);
  });
});

describe("tend run --source sheets:<id>", () => {
  it("runs against the API at SHEETS_API_ROOT_URL with credentials from the metadata server", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana", "Worked together"]] },
    });
    const { code, output } = await tend(
      "run",
      "--source",
      `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`,
      "--today",
      "2026-11-25",
    );
    expect(code).toBe(0);
    expect(output).toContain(`Google Sheet ${id} for 2026-11-25: 1 contacts, 1 rows changed`);
    expect(context.sheets.tokens).toEqual([context.metadata.token]);
    expect(output).not.toContain(context.metadata.token);
  });

  it("exits 1 with what to do when the sheet is not shared with the service account", async () => {
    const id = context.sheets.createSpreadsheet({ tabs: { Contacts: [HEADER] } });
    context.sheets.forbid(id);
    const { code, output } = await tend("run", "--source", `sheets:${id}`);
    expect(code).toBe(1);
    expect(output).toMatch(/share it \(Editor\) with tend-runner@/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
