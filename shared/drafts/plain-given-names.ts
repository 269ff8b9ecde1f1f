// One to three capitalised words of Latin-1 letters ("Ana", "Mary Kate", "Jean-Luc"): what a
// First name column holds in nearly every row of a table made from LinkedIn's export.
const PLAIN_GIVEN =
  /^[A-ZÀ-ÖØ-Þ][a-zµß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zµß-öø-ÿ]+)*(?: [A-ZÀ-ÖØ-Þ][a-zµß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zµß-öø-ÿ]+)*){0,2}$/;

// Words the parser (parse-full-name, short lists) takes as a title, suffix, particle or
// conjunction, and the titles Tend removes itself: a cell with one of them goes to the parser.
export const PARSER_WORDS = new Set(
  (
    "esq esquire jr jnr sr snr ii iii iv md phd ab bar bin da dal de del della der di du ibn la le " +
    "san st ste ter van vel ver vere von dr miss mr mrs ms prof sir frau herr hr monsieur captain " +
    "doctor judge officer professor ind misc mx and et e of the und y mister madam madame capt rev " +
    "reverend lt col sgt eng ing sra srta"
  ).split(" "),
);

/**
 * The given names of a First name cell of plain words, as the parser would give them (every
 * word, as written); undefined for any other cell. The parser costs a first run tens of
 * microseconds a name (it builds its word lists on every call); test/drafts/plain-given-names.test.ts
 * checks that both give the same.
 */
export function plainGivenNames(column: string): string | undefined {
  if (!PLAIN_GIVEN.test(column)) return undefined;
  for (const word of column.toLowerCase().split(/[ '’-]/)) if (PARSER_WORDS.has(word)) return undefined;
  return column;
}
