import { describe, expect, it } from "vitest";
import { BLANK_OUTPUT, type OutputCells } from "../../shared/contacts/columns.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { parseRow } from "../../shared/contacts/parse-row.js";
import { recordTable } from "../../shared/rules/record-table.js";
import { parseSettings } from "../../shared/rules/settings.js";
import { inputWrites } from "../../shared/run/input-writes.js";
import { planUpdates } from "../../shared/run/plan-updates.js";
import type { StoredRow } from "../../shared/run/ports.js";
import { suggestTable } from "../../shared/run/suggest-table.js";
import { type Cells, TODAY } from "../support/a-contact.js";

const today = dayFromIso(TODAY) as Day;

/** The run's planning step on stored rows: section 0, the rules, then the updates. */
function plan(rows: { cells: Cells; output?: Partial<OutputCells> }[]) {
  const stored: StoredRow[] = rows.map((row, index) => ({
    ref: index,
    raw: { rowNumber: index + 2, cells: { name: `Person ${index}`, ...row.cells } },
    output: { ...BLANK_OUTPUT, ...row.output },
  }));
  const { settings } = parseSettings([]);
  const parsed = stored.map((row) => parseRow(row.raw, { dateOrder: "MDY", today }));
  const recorded = recordTable(
    parsed,
    stored.map((row) => row.output.suggestedAction),
    today,
  );
  const suggestions = suggestTable(
    recorded.rows,
    settings,
    today,
    undefined,
    stored.map((row) => row.output),
  );
  const inputs = stored.map((row, index) => inputWrites(recorded.changes[index], row.raw));
  return planUpdates(stored, suggestions, inputs);
}

describe(planUpdates, () => {
  it("writes a Done's Status and date, clears Done, and the output of the updated row", () => {
    const [update] = plan([
      { cells: { relationship: "Met in person", done: "Yes" }, output: { suggestedAction: "Connect" } },
    ]);
    expect(update?.inputs).toEqual({ status: "Request sent", requestedOn: TODAY, done: "" });
    expect(update?.cells).toMatchObject({ suggestedAction: "Wait", due: "2026-12-21", priority: "Low" });
  });

  it("clears a ticked checkbox as an unticked one", () => {
    const [update] = plan([
      { cells: { status: "Connected", done: true }, output: { suggestedAction: "Check in" } },
    ]);
    expect(update?.inputs).toEqual({ lastInteraction: TODAY, done: false });
  });

  it("writes the dates Tend fills in as ISO days", () => {
    const [update] = plan([{ cells: { status: "Connected", milestone: "New role", recentPost: "AI" } }]);
    expect(update?.inputs).toEqual({ milestoneOn: TODAY, recentPostOn: TODAY });
  });

  it("writes a row whose only change is an input cell", () => {
    const output: Partial<OutputCells> = {
      suggestedAction: "Hold off",
      why: "No relationship and no stated fit yet: fill Relationship or Aligned",
      priority: "Low",
    };
    const [update] = plan([{ cells: { done: "x" }, output }]);
    expect(update).toMatchObject({ cells: {}, inputs: { done: "" } });
  });

  it("writes nothing for a row that neither changes nor has anything to record", () => {
    const first = plan([{ cells: { relationship: "Met in person" } }]);
    const output = { ...BLANK_OUTPUT, ...first[0]?.cells };
    expect(plan([{ cells: { relationship: "Met in person" }, output }])).toEqual([]);
  });

  it("writes no input cell for a Done it cannot read", () => {
    const [update] = plan([{ cells: { done: "soon" }, output: { suggestedAction: "Connect" } }]);
    expect(update?.inputs).toBeUndefined();
    expect(update?.cells.suggestedAction).toBe("Fix row");
  });
});
