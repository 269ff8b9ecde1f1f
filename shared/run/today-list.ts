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
  // Sorted as light entries and made into items for the first few only: a table of 10,000
  // rows has thousands due, and only TODAY_LIST_MAX are shown.
  const due: { index: number; rank: number; due: string; row: number }[] = [];
  rows.forEach((row, index) => {
    const suggestion = suggestions[index];
    if (
      row.kind !== "contact" ||
      suggestion === undefined ||
      suggestion.due === "" ||
      suggestion.due > todayIso
    )
      return;
    due.push({
      index,
      rank: PRIORITY_RANK[suggestion.priority],
      due: suggestion.due,
      row: row.contact.rowNumber,
    });
  });
  // Dues are ISO days: compared as text they sort as days (and as localeCompare would).
  due.sort((a, b) => a.rank - b.rank || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || a.row - b.row);
  const items = due.slice(0, TODAY_LIST_MAX).map(({ index }): TodayItem => {
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
  return { items, more: Math.max(0, due.length - TODAY_LIST_MAX) };
}
