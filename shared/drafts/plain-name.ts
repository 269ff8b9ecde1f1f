/**
 * Most names are two or three plain capitalised words ("Ana Silva", "Jean-Luc Picard"): their
 * first word is the first name, without the parser's cost (about 15 µs a name, the bulk of a
 * 100,000-row run). Anything else (a title, a particle, a comma, an initial, one case) goes to
 * the parser. The group is that first word.
 */
export const PLAIN_NAME =
  /^(\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*)(?: \p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*){1,2}$/u;

/**
 * The first word as PLAIN_NAME reads it, for names written in Latin-1 letters (nearly every
 * name in a Western table), by a look at each character: a first run is cold, and compiling
 * the Unicode classes of PLAIN_NAME costs milliseconds before it reads a single name.
 * `undefined` when the name is not plain; `null` when it holds other letters and only the
 * expression can tell.
 */
export function plainFirstWord(name: string): string | undefined | null {
  let at = 0;
  let words = 0;
  let firstEnd = 0;
  for (;;) {
    // A word: a capital, lower-case letters, then parts after - ' or ’ (capital optional).
    let kind = kindAt(name, at);
    if (kind !== UPPER) return kind === UNSURE ? null : undefined;
    at++;
    for (;;) {
      kind = kindAt(name, at);
      if (kind !== LOWER) return kind === UNSURE ? null : undefined;
      do kind = kindAt(name, ++at);
      while (kind === LOWER);
      if (kind !== JOINER) break;
      kind = kindAt(name, ++at);
      if (kind === UPPER) at++;
      else if (kind === UNSURE) return null;
    }
    words++;
    if (words === 1) firstEnd = at;
    if (kind === END) return words >= 2 ? name.slice(0, firstEnd) : undefined;
    if (kind !== SPACE || words === 3) return kind === UNSURE ? null : undefined;
    at++;
  }
}

const UPPER = 0;
const LOWER = 1;
const JOINER = 2;
const SPACE = 3;
const END = 4;
const OTHER = 5;
const UNSURE = 6;

/** What PLAIN_NAME makes of the character at `at`: \p{Lu} and \p{Ll} in Latin-1 are these ranges. */
function kindAt(name: string, at: number): number {
  if (at >= name.length) return END;
  const code = name.charCodeAt(at);
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code === 32) return SPACE;
  if (code === 45 || code === 39 || code === 0x2019) return JOINER;
  if (code < 0xb5) return OTHER;
  if (code > 0xff) return UNSURE;
  if (code === 0xb5 || code === 0xdf) return LOWER;
  if (code >= 0xc0 && code <= 0xde) return code === 0xd7 ? OTHER : UPPER;
  if (code >= 0xe0) return code === 0xf7 ? OTHER : LOWER;
  return OTHER;
}
