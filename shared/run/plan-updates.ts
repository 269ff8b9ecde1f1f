import type { OutputCells } from "../contacts/columns.js";
import type { ParsedRow } from "../contacts/contact.js";
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
 * @param parsed the rows as read, when the caller has them: a row's LinkedIn page is its
 * identity (`rowIdentity`), and is then not read from the cell a second time.
 */
export function planUpdates(
  rows: readonly StoredRow[],
  suggestions: readonly (Suggestion | undefined)[],
  inputs: readonly (InputWrites | undefined)[] = [],
  parsed: readonly (ParsedRow | undefined)[] = [],
): RowUpdate[] {
  const updates: RowUpdate[] = [];
  // An index loop, the five columns spelled out in their order and no object of wanted cells:
  // this runs for every row.
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as StoredRow;
    const suggestion = suggestions[index];
    const written = inputs[index];
    const cells: Partial<OutputCells> = {};
    let changed = false;
    if (suggestion !== undefined) {
      const { output } = row;
      const sameAction = output.suggestedAction === suggestion.action;
      const draft = sameAction && output.draftMessage.trim() !== "" ? output.draftMessage : suggestion.draft;
      if (!sameAction) cells.suggestedAction = suggestion.action;
      if (output.why !== suggestion.why) cells.why = suggestion.why;
      if (output.priority !== suggestion.priority) cells.priority = suggestion.priority;
      if (output.due !== suggestion.due) cells.due = suggestion.due;
      if (output.draftMessage !== draft) cells.draftMessage = draft;
      changed =
        !sameAction || "why" in cells || "priority" in cells || "due" in cells || "draftMessage" in cells;
    }
    if (!changed && written === undefined) continue;
    const update: RowUpdate = {
      ref: row.ref,
      rowNumber: row.raw.rowNumber,
      identity: identityOf(row, parsed[index]),
      cells,
    };
    if (written !== undefined) update.inputs = written;
    updates.push(update);
  }
  return updates;
}

/** `rowIdentity`, from the page the row was read with when it has one (the same text, read the same way). */
function identityOf(row: StoredRow, parsed: ParsedRow | undefined): string {
  const page = parsed?.kind === "contact" ? parsed.contact.linkedin : undefined;
  return page !== undefined ? page.key : rowIdentity(row.raw);
}
