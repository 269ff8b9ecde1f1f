import type { Contact, ParsedRow } from "../contacts/contact.js";
import { type Day, isoDay } from "../contacts/days.js";
import type { Action } from "../vocabulary/actions.js";
import { applyCheckInBudget, applyConnectBudget, type Candidate } from "./budgets.js";
import { decideContact, Facts } from "./decide-contact.js";
import type { Decision } from "./decision.js";
import type { Evaluation } from "./evaluation.js";
import { priorityOf } from "./priority-of.js";
import type { Settings } from "./settings.js";

/** Actions with no due date: nothing to do, or nothing to do until the user says more. */
const UNDATED: ReadonlySet<Action> = new Set(["No action", "Hold off"]);

/**
 * The whole table in one pass (RULES.md): row checks and duplicates, the per-contact rules,
 * both budgets, then priority and due date. Pure. Returns one evaluation per row, `undefined`
 * for blank rows (nothing is written there); the run renders the drafts.
 */
export function evaluateTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
): (Evaluation | undefined)[] {
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
    return {
      action: decision.action,
      why: decision.why,
      priority: priorityOf(decision.action, row.contact.relationship),
      due: UNDATED.has(decision.action) ? "" : isoDay(decision.due ?? today),
    };
  });
}
