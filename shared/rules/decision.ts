import type { Day } from "../contacts/days.js";
import type { Action } from "../vocabulary/actions.js";

/** What the rules say about one contact before budgets are applied. */
export interface Decision {
  action: Action;
  why: string;
  /**
   * The day the action became due when the rules know it (RULES.md §5: Wait, Follow up, a
   * Check in after a last touch...). Without it the Due is kept from the sheet, or today.
   */
  due?: Day;
  /** For budgeted actions: why the action, as a clause a budget's Why can go on from. */
  basis?: string;
}

export const decide = (action: Action, why: string, due?: Day): Decision =>
  due === undefined ? { action, why } : { action, why, due };

/** A budgeted decision: its Why is the basis, said as a sentence with what to do. */
export const decideBudgeted = (action: Action, basis: string, todo: string, due?: Day): Decision => {
  const why = `${capitalized(basis)}${todo}`;
  return due === undefined ? { action, why, basis } : { action, why, due, basis };
};

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
