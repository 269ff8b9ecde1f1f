import type { Contact } from "../../shared/contacts/contact.js";
import { parseRow } from "../../shared/contacts/parse-row.js";
import { BUILT_IN_VARIANTS } from "../../shared/drafts/built-in-templates.js";
import { placeholderValues, renderDraft, templateSet } from "../../shared/drafts/render-draft.js";
import { parseTemplate, renderTemplate } from "../../shared/drafts/template.js";
import type { Action } from "../../shared/vocabulary/actions.js";
import { aRow, type Cells, TODAY_DAY } from "../support/a-contact.js";
import { type EvaluateOptions, settingsFrom } from "../support/evaluate-rows.js";

/** The actions Tend writes a draft for (RULES.md §6). */
export const DRAFTED_ACTIONS = Object.keys(BUILT_IN_VARIANTS) as Action[];

/** A contact read from cells the way the daily run reads a row. */
export function contactFrom(cells: Cells): Contact {
  const row = parseRow(aRow(cells), { dateOrder: "MDY", today: TODAY_DAY });
  if (row.kind !== "contact") throw new Error("the row was blank");
  return row.contact;
}

/** The draft an action would get for this row, whatever action the rules would pick. */
export function draftOf(action: Action, cells: Cells, settings: EvaluateOptions["settings"] = {}): string {
  return renderDraft(action, contactFrom(cells), settingsFrom(settings), templateSet());
}

/** Every built-in wording of an action, rendered for this row. */
export function everyVariantOf(action: Action, cells: Cells, settings: EvaluateOptions["settings"] = {}) {
  const values = placeholderValues(contactFrom(cells), settingsFrom(settings));
  return (BUILT_IN_VARIANTS[action] ?? []).map((source) => renderTemplate(parseTemplate(source), values));
}
