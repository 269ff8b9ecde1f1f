import type { Day } from "../contacts/days.js";
import type { Action } from "../vocabulary/actions.js";

/** What the rules say about one contact before budgets are applied. */
export interface Decision {
  action: Action;
  why: string;
  /** Only for actions dated in the future (Wait); the others are dated by the table pass. */
  due?: Day;
}

export const decide = (action: Action, why: string, due?: Day): Decision =>
  due === undefined ? { action, why } : { action, why, due };
