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
 * that is kept; `duplicateOf` is `earlierRowsOfSamePage(rows)` when the caller has it already.
 * Returns one evaluation per row, `undefined` for blank rows (nothing is written there); the
 * run renders the drafts.
 */
export function evaluateTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
  sheet: readonly (SheetCells | undefined)[] = [],
  duplicateOf: readonly (number | undefined)[] = earlierRowsOfSamePage(rows),
): (Evaluation | undefined)[] {
  const decisions = decideTable(rows, settings, today, duplicateOf);
  const evaluations: (Evaluation | undefined)[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ParsedRow;
    const decision = decisions[index];
    evaluations[index] =
      row.kind === "blank" || decision === undefined
        ? undefined
        : {
            action: decision.action,
            why: decision.why,
            priority: priorityOf(decision.action, row.contact.relationship),
            due: dueOf(decision, sheet[index], today, settings.dateOrder),
          };
  }
  return evaluations;
}

/**
 * Each row's decision with the budgets applied, `undefined` for blank rows: `evaluateTable`
 * without priority and Due, for callers that turn decisions into their own objects.
 */
export function decideTable(
  rows: readonly ParsedRow[],
  settings: Settings,
  today: Day,
  duplicateOf: readonly (number | undefined)[],
): (Decision | undefined)[] {
  const decisions: (Decision | undefined)[] = new Array(rows.length);
  const candidates: Candidate[] = [];
  const readable: Contact[] = [];
  // An index loop, no closure: this runs for every row.
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ParsedRow;
    if (row.kind === "blank") {
      decisions[index] = undefined;
      continue;
    }
    const { contact, problems } = row;
    readable.push(contact);
    const earlier = duplicateOf[index];
    if (problems.length > 0) {
      decisions[index] = { action: "Fix row", why: problems.map((problem) => problem.message).join("; ") };
    } else if (earlier !== undefined) {
      decisions[index] = {
        action: "Merge duplicate",
        why: `Same LinkedIn profile as row ${earlier}: merge what this row adds into row ${earlier}, then delete this row`,
      };
    } else if (contact.snoozeUntil !== undefined && contact.snoozeUntil > today) {
      // No budget slot: a snoozed row is not a candidate.
      const until = isoDay(contact.snoozeUntil);
      decisions[index] = { action: "Snoozed", why: `Snoozed until ${until}`, due: contact.snoozeUntil };
    } else {
      const facts = new Facts(contact, settings, today);
      const decision = decideContact(facts);
      decisions[index] = decision;
      // Only what a budget may change is kept with its facts: the rest are final already.
      if (BUDGETED_ACTIONS.has(decision.action)) candidates.push({ facts, decision, index });
    }
  }

  applyInterviewBudget(candidates, settings, (facts) => decideContact(facts, { skipInterview: true }));
  applyConnectBudget(candidates, readable, settings, today);
  applyCheckInBudget(candidates, settings);
  for (const candidate of candidates) decisions[candidate.index] = candidate.decision;
  return decisions;
}
