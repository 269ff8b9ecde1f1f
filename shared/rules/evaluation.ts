import type { Action, Priority } from "../vocabulary/actions.js";

/** What the engine decides for one contact: every output column but the draft (CONTACTS.md). */
export interface Evaluation {
  action: Action;
  why: string;
  priority: Priority;
  /** ISO yyyy-mm-dd, or "" when not applicable. */
  due: string;
}
