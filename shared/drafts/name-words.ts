/**
 * The pieces the name fast paths (greeting-name.ts, plain-given-names.ts, decorated-name.ts) are
 * made of, in one place so that they agree.
 */

/** A capitalised word of Latin-1 letters, with hyphens and apostrophes: Ana, Jean-Luc, O'Brien, Chloé. */
export const LATIN_1_WORD = "[A-ZÀ-ÖØ-Þ][a-zµß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zµß-öø-ÿ]+)*";

// Words the parser (parse-full-name, short lists) takes as a title, suffix, particle or
// conjunction, and the titles Tend removes itself: a name with one of them goes to the parser.
export const PARSER_WORDS: ReadonlySet<string> = new Set(
  (
    "esq esquire jr jnr sr snr ii iii iv md phd ab bar bin da dal de del della der di du ibn la le " +
    "san st ste ter van vel ver vere von dr miss mr mrs ms prof sir frau herr hr monsieur captain " +
    "doctor judge officer professor ind misc mx and et e of the und y mister madam madame capt rev " +
    "reverend lt col sgt eng ing sra srta"
  ).split(" "),
);

/** Whether no word of these names is one the parser takes apart. */
export function namesOnly(...names: readonly (string | undefined)[]): boolean {
  for (const name of names)
    for (const word of (name ?? "").toLowerCase().split(/[ '’-]+/)) if (PARSER_WORDS.has(word)) return false;
  return true;
}
