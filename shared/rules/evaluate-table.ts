import type { Contact, ParsedRow } from "../contacts/contact.js";
import { type Day, isoDay } from "../contacts/days.js";
import {
  applyCheckInBudget,
  applyConnectBudget,
  applyInterviewBudget,
  BUDGETED_ACTIONS,
  type Candidate,
} from "./budgets.js";
import { decideContact, Facts } from "./decide-contact.js";
import type { Decision } from "./decision.js";
import { dueOf, type SheetCells } from "./due-of.js";
import { earlierRowsOfSamePage } from "./duplicates.js";
import type { Evaluation } from "./evaluation.js";
import { priorityOf } from "./priority-of.js";
import type { Settings } from "./settings.js";

/**
 * The whole table in one pass (RULES.md §1 to §5): row checks and duplicates, snoozes, the
 * per-contact rules, the budgets, then priority and Due. Pure. `rows` are the rows with their
 * updated cells (see `recordTable`); `sheet` holds each row's output cells as read, for the Due
 * that is kept. Returns one evaluation per row, `undefined` for blank rows (nothing is written
 * there); the run renders the drafts.
 */
export function evaluateTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
  sheet: readonly (SheetCells | undefined)[] = [],
): (Evaluation | undefined)[] {
  const earlier = earlierRowsOfSamePage(rows);
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
    const duplicateOf = earlier[index];
    if (problems.length > 0) {
      decisions.push({ action: "Fix row", why: problems.map((problem) => problem.message).join("; ") });
    } else if (duplicateOf !== undefined) {
      decisions.push({
        action: "Merge duplicate",
        why: `Same LinkedIn profile as row ${duplicateOf}: merge what this row adds into row ${duplicateOf}, then delete this row`,
      });
    } else if (contact.snoozeUntil !== undefined && contact.snoozeUntil > today) {
      // No budget slot: a snoozed row is not a candidate.
      const until = isoDay(contact.snoozeUntil);
      decisions.push({ action: "Snoozed", why: `Snoozed until ${until}`, due: contact.snoozeUntil });
    } else {
      const facts = new Facts(contact, settings, today);
      const decision = decideContact(facts);
      decisions.push(decision);
      // Only what a budget may change is kept with its facts: the rest are final already.
      if (BUDGETED_ACTIONS.has(decision.action)) {
        const candidate = { facts, decision };
        candidates.push(candidate);
        candidateAt[index] = candidate;
      }
    }
  });

  applyInterviewBudget(candidates, settings, (facts) => decideContact(facts, { skipInterview: true }));
  applyConnectBudget(candidates, readable, settings, today);
  applyCheckInBudget(candidates, settings);

  return rows.map((row, index) => {
    if (row.kind === "blank") return undefined;
    const decision = candidateAt[index]?.decision ?? (decisions[index] as Decision);
    return {
      action: decision.action,
      why: decision.why,
      priority: priorityOf(decision.action, row.contact.relationship),
      due: dueOf(decision, sheet[index], today, settings.dateOrder),
    };
  });
}
