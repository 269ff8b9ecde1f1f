import { type TemplateSet, templateSet } from "../drafts/render-draft.js";
import { parseTemplate, type Template } from "../drafts/template.js";
import { isTendError } from "../errors/tend-error.js";
import { invalidSettings } from "../rules/settings.js";
import { ACTIONS, type Action } from "../vocabulary/actions.js";
import type { TemplateRow } from "./ports.js";

/** The Templates tab (or file) over the built-in drafts; a bad row stops the run, like a bad setting. */
export function templatesFromRows(rows: readonly TemplateRow[]): TemplateSet {
  const overrides: Partial<Record<Action, Template>> = {};
  const problems: string[] = [];
  for (const row of rows) {
    if (row.action.trim() === "" && row.template.trim() === "") continue;
    const action = ACTIONS.find((known) => known.toLowerCase() === row.action.trim().toLowerCase());
    if (action === undefined) {
      problems.push(`${row.where}: "${row.action}" is not an action; use one of ${ACTIONS.join(", ")}`);
      continue;
    }
    if (row.template.trim() === "") continue;
    try {
      overrides[action] = parseTemplate(row.template.trim());
    } catch (error) {
      if (!isTendError(error, "invalid-setup")) throw error;
      problems.push(`${row.where}: the template for ${action} has ${error.message}`);
    }
  }
  if (problems.length > 0) throw invalidSettings(problems);
  return templateSet(overrides);
}
