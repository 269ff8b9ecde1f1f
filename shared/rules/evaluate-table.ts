import type { Contact, ParsedRow } from "../contacts/contact.js";
import { type Day, isoDay } from "../contacts/days.js";
import { renderDraft, type TemplateSet, templateSet } from "../drafts/render-draft.js";
import { priorityOf, UNDATED } from "./actions.js";
import { applyCheckInBudget, applyConnectBudget, type Candidate } from "./budgets.js";
import { decideContact, Facts } from "./decide-contact.js";
import type { Decision } from "./decision.js";
import type { Settings } from "./settings.js";
import type { Suggestion } from "./suggestion.js";

/**
 * The whole table in one pass (RULES.md): row checks and duplicates, the per-contact rules,
 * both budgets, then priority, due date and draft. Pure. Returns one suggestion per row,
 * `undefined` for blank rows (nothing is written there).
 */
export function evaluateTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
  templates: TemplateSet = templateSet(),
): (Suggestion | undefined)[] {
  const firstRowOfKey = new Map<string, number>();
  const decisions: (Decision | undefined)[] = [];
  const candidates: Candidate[] = [];
  const candidateAt: (Candidate | undefined)[] = new Array(rows.length);
  const readable: Contact[] = [];

  rows.forEach((row, index) => {
    if (row.kind === "blank") {
      decisions.push(undefined);
      return;
    }
    const { contact, problems } = row;
    readable.push(contact);
    const key = contact.linkedin?.key;
    const earlier = key === undefined ? undefined : firstRowOfKey.get(key);
    if (key !== undefined && earlier === undefined) firstRowOfKey.set(key, contact.rowNumber);
    if (problems.length > 0) {
      decisions.push({ action: "Fix row", why: problems.map((problem) => problem.message).join("; ") });
    } else if (earlier !== undefined) {
      decisions.push({
        action: "Merge duplicate",
        why: `Same LinkedIn profile as row ${earlier}: merge what this row adds into row ${earlier}, then delete this row`,
      });
    } else {
      const facts = new Facts(contact, settings, today);
      const candidate = { facts, decision: decideContact(facts) };
      candidates.push(candidate);
      candidateAt[index] = candidate;
      decisions.push(candidate.decision);
    }
  });

  applyConnectBudget(candidates, readable, settings, today);
  applyCheckInBudget(candidates, settings, today);

  return rows.map((row, index) => {
    if (row.kind === "blank") return undefined;
    const decision = candidateAt[index]?.decision ?? (decisions[index] as Decision);
    const { contact } = row;
    return {
      action: decision.action,
      why: decision.why,
      priority: priorityOf(decision.action, contact.relationship),
      due: UNDATED.has(decision.action) ? "" : isoDay(decision.due ?? today),
      draft: renderDraft(decision.action, contact, settings, templates),
    };
  });
}
