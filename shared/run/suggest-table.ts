import type { ParsedRow } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import { renderDraft, type TemplateSet, templateSet } from "../drafts/render-draft.js";
import { dueOf, type SheetCells } from "../rules/due-of.js";
import { earlierRowsOfSamePage } from "../rules/duplicates.js";
import { decideTable } from "../rules/evaluate-table.js";
import { priorityOf } from "../rules/priority-of.js";
import type { Settings } from "../rules/settings.js";
import type { Suggestion } from "./suggestion.js";

/**
 * The engine's decisions with each one's draft: one suggestion per row, `undefined` for blank
 * rows, as `evaluateTable` gives them plus the draft. Drafts are rendered here, not in the
 * engine, so the rules never depend on templates.
 * @param sheet each row's output cells as read (the action in the sheet, its Due), when known.
 * @param duplicateOf `earlierRowsOfSamePage(rows)`, when the caller has it already.
 */
export function suggestTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
  templates: TemplateSet = templateSet(),
  sheet: readonly (SheetCells | undefined)[] = [],
  duplicateOf: readonly (number | undefined)[] = earlierRowsOfSamePage(rows),
): (Suggestion | undefined)[] {
  const decisions = decideTable(rows, settings, today, duplicateOf);
  // Straight from the decisions, without an evaluation per row in between: this runs for every row.
  const suggestions: (Suggestion | undefined)[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const decision = decisions[index];
    const row = rows[index] as ParsedRow;
    if (decision === undefined || row.kind !== "contact") {
      suggestions[index] = undefined;
      continue;
    }
    suggestions[index] = {
      action: decision.action,
      why: decision.why,
      priority: priorityOf(decision.action, row.contact.relationship),
      due: dueOf(decision, sheet[index], today, settings.dateOrder),
      draft: renderDraft(decision.action, row.contact, settings, templates),
    };
  }
  return suggestions;
}
