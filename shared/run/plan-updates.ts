import { OUTPUT_COLUMN_KEYS, type OutputCells } from "../contacts/columns.js";
import { rowIdentity } from "../contacts/row-identity.js";
import type { RowUpdate, StoredRow } from "./ports.js";
import type { Suggestion } from "./suggestion.js";

export function suggestionCells(suggestion: Suggestion): OutputCells {
  return {
    suggestedAction: suggestion.action,
    why: suggestion.why,
    priority: suggestion.priority,
    due: suggestion.due,
    draftMessage: suggestion.draft,
  };
}

/**
 * Only the output cells that differ from what the table holds. A draft the user edited is
 * kept while the action stands: a filled Draft message that differs from Tend's under the
 * same Suggested action is the user's.
 */
export function planUpdates(
  rows: readonly StoredRow[],
  suggestions: readonly (Suggestion | undefined)[],
): RowUpdate[] {
  const updates: RowUpdate[] = [];
  rows.forEach((row, index) => {
    const suggestion = suggestions[index];
    if (suggestion === undefined) return;
    const wanted = suggestionCells(suggestion);
    if (row.output.suggestedAction === wanted.suggestedAction && row.output.draftMessage.trim() !== "") {
      wanted.draftMessage = row.output.draftMessage;
    }
    const cells: Partial<OutputCells> = {};
    for (const column of OUTPUT_COLUMN_KEYS) {
      if (row.output[column] !== wanted[column]) cells[column] = wanted[column];
    }
    if (Object.keys(cells).length > 0) {
      updates.push({ ref: row.ref, rowNumber: row.raw.rowNumber, identity: rowIdentity(row.raw), cells });
    }
  });
  return updates;
}
