/** A replacement of xml[start, end) (an insertion when start === end). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The text with the edits applied, every byte outside them as it was. Hand-written: no XML
 * library rewrites part of a document without re-serialising the rest. Edits must not overlap;
 * several at one place keep the order they were given in.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = inOrder(edits) ? edits : sorted(edits);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) throw new Error("overlapping edits of one part");
    pieces.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  // Joined, not concatenated: encoding a sheet of 60,000 concatenated pieces took longer to
  // flatten them than the join does (measured on a 10,000-row run).
  return pieces.join("");
}

function inOrder(edits: readonly Edit[]): boolean {
  for (let at = 1; at < edits.length; at++) {
    const previous = edits[at - 1] as Edit;
    const edit = edits[at] as Edit;
    if (edit.start < previous.start || (edit.start === previous.start && edit.end < previous.end))
      return false;
  }
  return true;
}

function sorted(edits: readonly Edit[]): Edit[] {
  const numbered = edits.map((edit, order) => ({ edit, order }));
  numbered.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  return numbered.map(({ edit }) => edit);
}
