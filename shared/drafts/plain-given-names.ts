import { LATIN_1_WORD, namesOnly } from "./name-words.js";

// One to three capitalised words of Latin-1 letters ("Ana", "Mary Kate", "Jean-Luc"): what a
// First name column holds in nearly every row of a table made from LinkedIn's export.
const PLAIN_GIVEN = new RegExp(`^${LATIN_1_WORD}(?: ${LATIN_1_WORD}){0,2}$`);

/**
 * The given names of a First name cell of plain words, as the parser would give them (every
 * word, as written); undefined for any other cell. The parser costs a first run tens of
 * microseconds a name (it builds its word lists on every call); test/drafts/plain-given-names.test.ts
 * checks that both give the same.
 */
export function plainGivenNames(column: string): string | undefined {
  return PLAIN_GIVEN.test(column) && namesOnly(column) ? column : undefined;
}
