import { describe, expect, it } from "vitest";
import { SheetsApi } from "../../../shared/stores/sheets/sheets-api.js";
import { initSpreadsheet } from "../../../shared/stores/sheets/sheets-init.js";
import { useFakeGoogle } from "./sheets-harness.js";

const { context } = useFakeGoogle();

const init = (spreadsheetId: string) =>
  initSpreadsheet(new SheetsApi({ spreadsheetId, rootUrl: context.sheets.rootUrl, timeoutMs: 2_000 }));

interface Rule {
  ranges: { startColumnIndex?: number; endColumnIndex?: number; startRowIndex?: number }[];
  booleanRule: {
    condition: { type: string; values: { userEnteredValue: string }[] };
    format: { backgroundColor?: object };
  };
}

/** Name, Status, then Tend's columns: Suggested action C, Why D, Priority E, Due F, Draft G, Done H, Snooze I. */
function twoColumnSheet() {
  return context.sheets.createSpreadsheet({ tabs: { Contacts: [["Name", "Status"]] } });
}

describe("initSpreadsheet: a sheet that feels native", () => {
  it("greys done rows first, then colours an overdue Due and each priority", async () => {
    const id = twoColumnSheet();
    const report = await init(id);
    expect(report.created).toContain("conditional formatting");
    const rules = context.sheets.conditionalFormats(id, "Contacts") as unknown as Rule[];
    const summary = rules.map((rule) => [
      rule.ranges[0]?.startColumnIndex,
      rule.ranges[0]?.endColumnIndex,
      rule.booleanRule.condition.type,
      rule.booleanRule.condition.values[0]?.userEnteredValue,
    ]);
    expect(summary).toEqual([
      [0, 9, "CUSTOM_FORMULA", '=AND($H2<>"",$H2<>FALSE)'],
      [5, 6, "CUSTOM_FORMULA", '=AND($F2<>"",IFERROR(DATEVALUE($F2),$F2)<TODAY())'],
      [4, 5, "TEXT_EQ", "High"],
      [4, 5, "TEXT_EQ", "Medium"],
      [4, 5, "TEXT_EQ", "Low"],
    ]);
    expect(rules.every((rule) => rule.ranges[0]?.startRowIndex === 1)).toBe(true);
    const colours = rules.map((rule) => JSON.stringify(rule.booleanRule.format.backgroundColor));
    expect(new Set(colours.slice(2)).size).toBe(3);
  });

  it('adds a "Due today" filter view on the Due column', async () => {
    const id = twoColumnSheet();
    const report = await init(id);
    expect(report.created).toContain("the filter view Due today");
    const views = context.sheets.filterViews(id, "Contacts");
    expect(views).toEqual([
      expect.objectContaining({
        title: "Due today",
        filterSpecs: [
          {
            columnIndex: 5,
            filterCriteria: {
              condition: {
                type: "CUSTOM_FORMULA",
                values: [{ userEnteredValue: '=AND($F2<>"",IFERROR(DATEVALUE($F2),$F2)<=TODAY())' }],
              },
            },
          },
        ],
      }),
    ]);
  });

  it("adds no rule or view a second time, even once the sheet has grown", async () => {
    const id = twoColumnSheet();
    await init(id);
    context.sheets.setValues(id, "Contacts", "A1500", [["Zoe"]]);
    const report = await init(id);
    expect(report.created).toEqual([]);
    expect(context.sheets.conditionalFormats(id, "Contacts")).toHaveLength(5);
    expect(context.sheets.filterViews(id, "Contacts")).toHaveLength(1);
  });

  it("grows the grid for Tend's columns when the sheet has no spare column, before writing them", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: [{ title: "Contacts", columnCount: 3, rows: [["Name", "Status", "Notes"]] }],
    });
    await init(id);
    expect(context.sheets.tabValues(id, "Contacts")[0]).toHaveLength(10);
    expect(context.sheets.sheetProperties(id, "Contacts").gridProperties?.columnCount).toBe(10);
    const grow = context.sheets.calls.findIndex((call) =>
      JSON.stringify(call.body ?? null).includes('"appendDimension"'),
    );
    const write = context.sheets.calls.findIndex((call) => call.endpoint === "values.batchUpdate");
    expect(grow).toBeGreaterThanOrEqual(0);
    expect(grow).toBeLessThan(write);
    // The same structural call that adds the missing tabs.
    expect(JSON.stringify(context.sheets.calls[grow]?.body)).toContain('"addSheet"');
  });
});
