import type { DateColumn } from "../contacts/columns.js";
import type { Contact, ParsedRow } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import type { Status } from "../contacts/enums.js";
import { ACTIONS, type Action } from "../vocabulary/actions.js";
import { DONE_EFFECTS } from "./done-effects.js";
import { earlierRowsOfSamePage } from "./duplicates.js";

/** The input cells the daily run writes into one row (RULES.md §0), as the engine decided them. */
export interface InputChanges {
  /** The Status a Done wrote. */
  status?: Status;
  /** Days written: a Done's dates and the dates Tend fills in. */
  dates: Partial<Record<DateColumn, Day>>;
  /** Done is cleared: it was read and recorded (or had nothing to record). */
  clearDone: boolean;
  /** The action in the sheet whose effect the Done applied; absent when it applied none. */
  recorded?: Action;
}

export interface RecordedTable {
  /** The rows with their updated cells: what the rules are applied to. */
  rows: ParsedRow[];
  /** Per row, what to write into its input cells; `undefined` when nothing. */
  changes: (InputChanges | undefined)[];
  /** Per row, the first earlier row of the same LinkedIn page (`earlierRowsOfSamePage`): the
   * updated rows have the same pages, so the engine can take it from here. */
  duplicateOf: (number | undefined)[];
}

/**
 * RULES.md §0, before any rule: each Done mark applies the effect of the action in the sheet
 * and is cleared, then the rows that pass the row checks get their blank dates filled. Pure.
 * @param actionsInSheet each row's Suggested action cell as read.
 */
export function recordTable(
  rows: readonly ParsedRow[],
  actionsInSheet: readonly (string | undefined)[],
  today: Day,
): RecordedTable {
  // Recording a Done keeps a row's page, so the duplicates are those of the rows as read.
  const earlier = earlierRowsOfSamePage(rows);
  const changes: (InputChanges | undefined)[] = new Array(rows.length);
  const updated: ParsedRow[] = new Array(rows.length);
  // One index loop for both steps: this runs for every row.
  for (let index = 0; index < rows.length; index++) {
    let row = rows[index] as ParsedRow;
    let change: InputChanges | undefined;
    // Most rows have no Done mark: nothing to record, nothing to allocate.
    if (row.kind === "contact" && row.contact.done !== undefined) {
      const done = recordDone(row, actionsInSheet[index] ?? "");
      row = done.row;
      change = done.changes;
    }
    changes[index] = change;
    updated[index] =
      row.kind === "blank" || row.problems.length > 0 || earlier[index] !== undefined
        ? row
        : withDates(row, change, changes, index, today);
  }
  return { rows: updated, changes, duplicateOf: earlier };
}

/**
 * The dates Tend fills in once, for rows that pass the row checks (RULES.md §0), in this
 * order. Spelled out rather than looped over a table of columns: this runs for every row.
 */
function withDates(
  row: Extract<ParsedRow, { kind: "contact" }>,
  recorded: InputChanges | undefined,
  changes: (InputChanges | undefined)[],
  index: number,
  today: Day,
): ParsedRow {
  const read = row.contact;
  const requested = read.requestedOn === undefined && read.status === "Request sent";
  const followed = read.followedOn === undefined && read.status === "Following";
  const milestone = read.milestoneOn === undefined && read.milestone !== "";
  const posted = read.recentPostOn === undefined && read.recentPost !== "";
  if (!requested && !followed && !milestone && !posted) return row;
  const contact: Contact = { ...read };
  const change = recorded ?? { dates: {}, clearDone: false };
  changes[index] = change;
  if (requested) fill(contact, change, "requestedOn", today);
  if (followed) fill(contact, change, "followedOn", today);
  if (milestone) fill(contact, change, "milestoneOn", today);
  if (posted) fill(contact, change, "recentPostOn", today);
  return { ...row, contact };
}

function fill(contact: Contact, change: InputChanges, column: DateColumn, today: Day): void {
  contact[column] = today;
  change.dates[column] = today;
}

function recordDone(row: ParsedRow, actionInSheet: string): { row: ParsedRow; changes?: InputChanges } {
  if (row.kind === "blank" || row.contact.done === undefined) return { row };
  const { contact: read, unreadable } = row;
  const day = read.done as Day;
  const contact: Contact = { ...read, done: undefined };
  const changes: InputChanges = { dates: {}, clearDone: true };
  const action = actionNamed(actionInSheet);
  const effect = action === undefined ? undefined : DONE_EFFECTS[action];
  // A Status changed by hand since the suggestion means the user already recorded it.
  if (
    action !== undefined &&
    effect !== undefined &&
    !unreadable.has("status") &&
    effect.from.has(read.status)
  ) {
    changes.recorded = action;
    if (effect.status !== undefined) {
      changes.status = effect.status;
      contact.status = effect.status;
    }
    for (const column of effect.dates) {
      const current = contact[column];
      // Never moved back, never over a cell the row check reports.
      if (unreadable.has(column) || (current !== undefined && current >= day)) continue;
      changes.dates[column] = day;
      contact[column] = day;
    }
  }
  return { row: { ...row, contact }, changes };
}

function actionNamed(text: string): Action | undefined {
  const wanted = text.trim().toLowerCase();
  return ACTIONS.find((action) => action.toLowerCase() === wanted);
}
