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
  const due: TodayItem[] = [];
  rows.forEach((row, index) => {
    const suggestion = suggestions[index];
    if (
      row.kind !== "contact" ||
      suggestion === undefined ||
      suggestion.due === "" ||
      suggestion.due > todayIso
    )
      return;
    const { contact } = row;
    due.push({
      row: contact.rowNumber,
      name: contact.name || contact.linkedin?.slug || "",
      action: suggestion.action,
      priority: suggestion.priority,
      due: suggestion.due,
      waiting: suggestion.due < todayIso ? `due since ${suggestion.due}` : "due today",
      why: suggestion.why,
      draft: suggestion.draft,
      link: contact.linkedin?.url ?? "",
    });
  });
  due.sort(
    (a, b) =>
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.due.localeCompare(b.due) || a.row - b.row,
  );
  return { items: due.slice(0, TODAY_LIST_MAX), more: Math.max(0, due.length - TODAY_LIST_MAX) };
}
