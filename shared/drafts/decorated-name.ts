import { inUsualCase } from "./name-case.js";
import { namesOnly, LATIN_1_WORD as WORD } from "./name-words.js";

// The shapes most names that are not plain take, in Latin-1 letters: a title before two or three
// capitalised words ("Dr. Ana Silva"), a post-nominal after them ("Ana Silva, PhD"), the family
// name first ("Silva, Ana"), and one case ("ANA SILVA", "ana silva").
const TITLED = new RegExp(
  `^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir)\\.? )?(${WORD})((?: ${WORD}){1,2})(?:,? (?:PhD|Ph\\.D\\.|MD|M\\.D\\.|Jr|Jr\\.))?$`,
);
const FAMILY_FIRST = new RegExp(`^(${WORD}), (${WORD})$`);
/** Two or three words of these letters only, each at least two long. */
const wordsOf = (letters: string) =>
  `^([${letters}]{2,}(?:[-'’][${letters}]+)*)((?: [${letters}]{2,}(?:[-'’][${letters}]+)*){1,2})$`;
const ONE_CASE = new RegExp(`${wordsOf("A-ZÀ-ÖØ-Þ")}|${wordsOf("a-zà-öø-þ")}`);

/**
 * The first name of a name of one of the shapes above, as the parser reads it; undefined for any
 * other name, which goes to the parser (parse-full-name builds its word lists on every call: tens
 * of microseconds a name on a cold run). test/drafts/decorated-name.test.ts checks both agree.
 */
export function decoratedFirstName(name: string): string | undefined {
  const titled = TITLED.exec(name);
  if (titled !== null) return namesOnly(titled[1], titled[2]) ? titled[1] : undefined;
  const familyFirst = FAMILY_FIRST.exec(name);
  if (familyFirst !== null) return namesOnly(familyFirst[1], familyFirst[2]) ? familyFirst[2] : undefined;
  const oneCase = ONE_CASE.exec(name);
  if (oneCase === null) return undefined;
  const first = oneCase[1] ?? oneCase[3] ?? "";
  return namesOnly(first, oneCase[2] ?? oneCase[4]) ? inUsualCase(first) : undefined;
}
