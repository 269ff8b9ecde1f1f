import type { Action, Priority } from "../vocabulary/actions.js";

/** One line of today's list (Today tab, Notion summary, CLI). */
export interface TodayItem {
  row: number;
  name: string;
  action: Action;
  priority: Priority;
  due: string;
  /** How long it has waited: "due since 2026-11-20", or "due today". */
  waiting: string;
  why: string;
  draft: string;
  /** The contact's LinkedIn page, "" when the row has none. */
  link: string;
}
