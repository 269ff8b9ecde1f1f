/**
 * Whether a name was typed in one case (JOHN DOE, jane doe). A name with both cases was typed
 * on purpose (McDonald, DeShawn, AJ Smith) and is kept as typed; scripts without case (李小龍)
 * have no letters to change.
 */
export function isSingleCase(name: string): boolean {
  const hasUpper = name !== name.toLowerCase();
  const hasLower = name !== name.toUpperCase();
  return hasUpper !== hasLower;
}

/** A name written the way people write names: Mary-Kate, O'Brien, McDonald, Ana-Lucía. */
export function inUsualCase(name: string): string {
  return name.toLowerCase().replace(WORD_PART, capitalizePart);
}

// A run of letters (with combining marks, as in a decomposed "é") between spaces, hyphens and apostrophes.
const WORD_PART = /[\p{L}\p{M}]+/gu;

function capitalizePart(part: string, offset: number, whole: string): string {
  const before = whole.slice(0, offset);
  // O'Brien and D'Angelo, but not the "s" of "Jones's": only after a one-letter start.
  const afterApostrophe = /(^|[\s-])\p{L}['’]$/u.test(before);
  const startsWord = before === "" || /[\s-]$/u.test(before);
  if (!startsWord && !afterApostrophe) return part;
  const capitalized = part.slice(0, 1).toUpperCase() + part.slice(1);
  // McDonald, McKenzie; "Mac" is left alone, as Mack and Macy are names of their own.
  return /^mc\p{L}/u.test(part)
    ? `Mc${capitalized.slice(2, 3).toUpperCase()}${capitalized.slice(3)}`
    : capitalized;
}
