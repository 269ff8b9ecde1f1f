import { OUTPUT_COLUMN_KEYS, type OutputCells, type OutputColumn } from "../contacts/columns.js";
import { rowIdentity } from "../contacts/row-identity.js";
import type { InputWrites, RowUpdate, StoredRow } from "./ports.js";
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
 * Only the output cells that differ from what the table holds, and the input cells the run
 * writes (RULES.md §0). The suggestions are those of the updated rows: a Done recorded today
 * writes its effect and the suggestion that follows from it in one update. A draft the user
 * edited is kept while the action stands: a filled Draft message that differs from Tend's under
 * the same Suggested action is the user's.
 */
export function planUpdates(
  rows: readonly StoredRow[],
  suggestions: readonly (Suggestion | undefined)[],
  inputs: readonly (InputWrites | undefined)[] = [],
): RowUpdate[] {
  const updates: RowUpdate[] = [];
  rows.forEach((row, index) => {
    const suggestion = suggestions[index];
    const written = inputs[index];
    const cells: Partial<OutputCells> = {};
    let changed = false;
    if (suggestion !== undefined) {
      const wanted = suggestionCells(suggestion);
      if (row.output.suggestedAction === wanted.suggestedAction && row.output.draftMessage.trim() !== "") {
        wanted.draftMessage = row.output.draftMessage;
      }
      // An index loop: a first run is mostly interpreted, where for...of costs an iterator a row.
      for (let at = 0; at < OUTPUT_COLUMN_KEYS.length; at++) {
        const column = OUTPUT_COLUMN_KEYS[at] as OutputColumn;
        if (row.output[column] === wanted[column]) continue;
        cells[column] = wanted[column];
        changed = true;
      }
    }
    if (!changed && written === undefined) return;
    const update: RowUpdate = {
      ref: row.ref,
      rowNumber: row.raw.rowNumber,
      identity: rowIdentity(row.raw),
      cells,
    };
    if (written !== undefined) update.inputs = written;
    updates.push(update);
  });
  return updates;
}
