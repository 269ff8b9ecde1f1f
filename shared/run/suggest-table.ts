import type { ParsedRow } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import { renderDraft, type TemplateSet, templateSet } from "../drafts/render-draft.js";
import type { SheetCells } from "../rules/due-of.js";
import { evaluateTable } from "../rules/evaluate-table.js";
import type { Settings } from "../rules/settings.js";
import type { Suggestion } from "./suggestion.js";

/**
 * The engine's decisions with each one's draft: one suggestion per row, `undefined` for blank
 * rows. Drafts are rendered here, not in the engine, so the rules never depend on templates.
 * @param sheet each row's output cells as read (the action in the sheet, its Due), when known.
 */
export function suggestTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
  templates: TemplateSet = templateSet(),
  sheet: readonly (SheetCells | undefined)[] = [],
): (Suggestion | undefined)[] {
  const evaluations = evaluateTable(rows, settings, today, sheet);
  const suggestions: (Suggestion | undefined)[] = [];
  for (let index = 0; index < evaluations.length; index++) {
    const evaluation = evaluations[index];
    const row = rows[index];
    if (evaluation === undefined || row?.kind !== "contact") {
      suggestions.push(undefined);
      continue;
    }
    // Spelled out rather than spread: this runs for every row.
    suggestions.push({
      action: evaluation.action,
      why: evaluation.why,
      priority: evaluation.priority,
      due: evaluation.due,
      draft: renderDraft(evaluation.action, row.contact, settings, templates),
    });
  }
  return suggestions;
}
