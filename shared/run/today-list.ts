import type { ParsedRow } from "../contacts/contact.js";
import type { TodayItem } from "../layout/today-item.js";
import { PRIORITY_RANK } from "../vocabulary/actions.js";
import type { Suggestion } from "./suggestion.js";

/** At most this many actions on the Today tab; a line says how many more wait. */
export const TODAY_LIST_MAX = 25;

/**
 * Actions due today or earlier, highest priority first, then the oldest Due (the longest
 * waiting), then sheet order. Each says how long it has waited.
 */
export function todayList(
  rows: readonly ParsedRow[],
  suggestions: readonly (Suggestion | undefined)[],
  todayIso: string,
): { items: TodayItem[]; more: number } {
  // Only TODAY_LIST_MAX are shown of the thousands due in a table of 10,000 rows: the first few
  // are kept in order as the rows go by (no entry per due row, no sort of them all).
  const due: Entry[] = [];
  let dueCount = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ParsedRow;
    const suggestion = suggestions[index];
    if (
      row.kind !== "contact" ||
      suggestion === undefined ||
      suggestion.due === "" ||
      suggestion.due > todayIso
    )
      continue;
    dueCount++;
    const entry = {
      index,
      rank: PRIORITY_RANK[suggestion.priority],
      due: suggestion.due,
      row: row.contact.rowNumber,
    };
    const last = due[due.length - 1];
    if (due.length === TODAY_LIST_MAX && last !== undefined && byPriority(entry, last) >= 0) continue;
    let at = due.length;
    while (at > 0 && byPriority(entry, due[at - 1] as Entry) < 0) at--;
    due.splice(at, 0, entry);
    if (due.length > TODAY_LIST_MAX) due.pop();
  }
  const items = due.map(({ index }): TodayItem => {
    const contact = (rows[index] as Extract<ParsedRow, { kind: "contact" }>).contact;
    const suggestion = suggestions[index] as Suggestion;
    return {
      row: contact.rowNumber,
      name: contact.name || contact.linkedin?.slug || "",
      action: suggestion.action,
      priority: suggestion.priority,
      due: suggestion.due,
      waiting: suggestion.due < todayIso ? `due since ${suggestion.due}` : "due today",
      why: suggestion.why,
      draft: suggestion.draft,
      link: contact.linkedin?.url ?? "",
    };
  });
  return { items, more: Math.max(0, dueCount - TODAY_LIST_MAX) };
}

interface Entry {
  index: number;
  rank: number;
  due: string;
  row: number;
}

/** Priority, then the oldest Due (ISO days compare as text), then sheet order. */
function byPriority(a: Entry, b: Entry): number {
  return a.rank - b.rank || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || a.row - b.row;
}
