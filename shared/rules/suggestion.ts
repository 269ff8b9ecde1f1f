import type { Action, Priority } from "./actions.js";

/** What the engine writes next to one contact (CONTACTS.md, output columns). */
export interface Suggestion {
  action: Action;
  why: string;
  priority: Priority;
  /** ISO yyyy-mm-dd, or "" when not applicable. */
  due: string;
  draft: string;
}
