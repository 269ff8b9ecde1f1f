import { type Day, isoDay } from "../contacts/days.js";
import { type DateOrder, parseDateCell } from "../contacts/parse-date.js";
import type { Action } from "../vocabulary/actions.js";
import type { Decision } from "./decision.js";

/** A row's output cells as the run read them: what the user saw. */
export interface SheetCells {
  suggestedAction: string;
  due: string;
}

/** Actions with no due date: nothing to do, or nothing to do until the user says more. */
const UNDATED: ReadonlySet<Action> = new Set(["No action", "Hold off"]);
/** Check-ins over the budget are offered again a week later, when earlier ones are likely done. */
const CHECK_IN_LATER_DAYS = 7;

/**
 * RULES.md §5: the day the action became due, so that a Due stays the same from one day to the
 * next. Without a day from the rules, the Due in the sheet is kept while the action in the
 * sheet is the same and that Due is not after today; a new suggestion is due today.
 */
export function dueOf(
  decision: Decision,
  sheet: SheetCells | undefined,
  today: Day,
  dateOrder: DateOrder,
): string {
  const { action } = decision;
  if (UNDATED.has(action)) return "";
  const same = sheet !== undefined && sheet.suggestedAction.trim() === action;
  const sheetDue = same ? parseDateCell(sheet.due, dateOrder) : undefined;
  if (action === "Check in later") {
    return isoDay(sheetDue != null && sheetDue > today ? sheetDue : today + CHECK_IN_LATER_DAYS);
  }
  if (decision.due !== undefined) return isoDay(decision.due);
  return isoDay(sheetDue != null && sheetDue <= today ? sheetDue : today);
}
