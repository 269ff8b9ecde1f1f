import { inUsualCase } from "./name-case.js";
import { PARSER_WORDS } from "./plain-given-names.js";

// The shapes most names that are not plain take, in Latin-1 letters: a title before two or three
// capitalised words ("Dr. Ana Silva"), a post-nominal after them ("Ana Silva, PhD"), the family
// name first ("Silva, Ana"), and one case ("ANA SILVA", "ana silva").
const UPPER = "A-ZÀ-ÖØ-Þ";
const LOWER = "a-zß-öø-ÿ";
const WORD = `[${UPPER}][${LOWER}]+(?:[-'’][${UPPER}]?[${LOWER}]+)*`;
const TITLED = new RegExp(
  `^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir)\\.? )?(${WORD})((?: ${WORD}){1,2})(?:,? (?:PhD|Ph\\.D\\.|MD|M\\.D\\.|Jr|Jr\\.))?$`,
);
const FAMILY_FIRST = new RegExp(`^(${WORD}), (${WORD})$`);
const ONE_CASE = new RegExp(
  `^([${UPPER}]{2,}(?:[-'’][${UPPER}]+)*)((?: [${UPPER}]{2,}(?:[-'’][${UPPER}]+)*){1,2})$|` +
    `^([a-zà-öø-þ]{2,}(?:[-'’][a-zà-öø-þ]+)*)((?: [a-zà-öø-þ]{2,}(?:[-'’][a-zà-öø-þ]+)*){1,2})$`,
);

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

/** No word is one the parser takes apart (a title, a suffix, a particle, a conjunction). */
function namesOnly(first: string | undefined, rest: string | undefined): boolean {
  for (const word of `${first ?? ""} ${rest ?? ""}`.toLowerCase().split(/[ '’-]+/))
    if (PARSER_WORDS.has(word)) return false;
  return true;
}
