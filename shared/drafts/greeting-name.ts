import { parseFullName } from "parse-full-name";
import { decoratedFirstName } from "./decorated-name.js";
import { inUsualCase, isSingleCase } from "./name-case.js";
import { LATIN_1_WORD } from "./name-words.js";
import { plainGivenNames } from "./plain-given-names.js";

/**
 * The name a draft greets someone by: the First name column when the row has a usable one,
 * else the first name inside Name, with titles (Dr., Prof., Mr) and post-nominals (MSc, PhD)
 * dropped, "Last, First" turned round and a one-case name (JOHN, jane) written the usual way.
 * "" when no name is left ("Dr. Smith", "Mr", an emoji): a draft then greets without a name.
 */
export function greetingName(name: string, firstNameColumn?: string): string {
  const fromColumn = firstNameColumn === undefined ? "" : givenNamesOf(firstNameColumn);
  return fromColumn !== "" ? fromColumn : firstNameOf(name);
}

// Most names are two or three plain capitalised words ("Ana Silva", "Jean-Luc Picard"): their
// first word is the first name, without the parser's cost (about 15 µs a name, the bulk of a
// 100,000-row run). Anything else (a title, a particle, a comma, an initial, one case) goes to the parser.
export const PLAIN_NAME =
  /^(\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*)(?: \p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*){1,2}$/u;
// PLAIN_NAME for names in Latin-1 letters, where \p{Lu} and \p{Ll} are these ranges: compiling
// the Unicode classes costs a first run about 2 ms, and most tables need none of them.
export const LATIN_1_PLAIN_NAME = new RegExp(`^(${LATIN_1_WORD})(?: ${LATIN_1_WORD}){1,2}$`);
const BEYOND_LATIN_1 = /[^\0-\xff’]/;

/** PLAIN_NAME's match, by the Latin-1 expression when the name has no other character. */
export function plainName(name: string): RegExpExecArray | null {
  return LATIN_1_PLAIN_NAME.exec(name) ?? (BEYOND_LATIN_1.test(name) ? PLAIN_NAME.exec(name) : null);
}
const TITLE_WORDS =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord|mister|madam|madame|monsieur|herr|frau|capt|captain|rev|reverend|lt|col|sgt|eng|ing|sr|sra|srta|fr|rabbi|imam|pastor|judge|hon|prince|princess|king|queen|van|von|de|di|da|del|della|der|den|du|dos|das|la|le|ter|ten|st|san|bin|ibn|al|el|abu)$/i;

function firstNameOf(name: string): string {
  const plain = plainName(name);
  if (plain?.[1] !== undefined && !TITLE_WORDS.test(plain[1])) return plain[1];
  return decoratedFirstName(name) ?? parsedFirstName(name);
}

/** firstNameOf through the parser, for any name. */
export function parsedFirstName(name: string): string {
  const decorated = withoutDecoration(name);
  const cleaned = withoutExtraTitles(decorated);
  // What is left after a title is a family name when it is one word ("Herr Müller", "Dr. Smith").
  if (cleaned === "" || (cleaned !== decorated && !cleaned.includes(" "))) return "";
  const parts = parseFullName(cleaned, "all", 0, 0, 0);
  const given = [...(parts.first ?? "").split(" "), ...(parts.middle ?? "").split(" ")];
  const first = given.find((part) => part !== "" && !isAbbreviation(part)) ?? "";
  const last = parts.last ?? "";
  // A single name with nothing before it is a first name (José, Prince); after a title it is a
  // family name, which no one is greeted by.
  const alone = given.every((part) => part === "") && (parts.title ?? "") === "" && !last.includes(" ");
  const candidate = first !== "" ? first : alone && !isAbbreviation(last) ? last : "";
  return written(usable(candidate), cleaned);
}

// Titles the parser's short lists miss (its long lists misread "van der Berg, Pieter").
const EXTRA_TITLES =
  /^(?:(?:mister|madam|madame|monsieur|herr|frau|capt|captain|rev|reverend|lt|col|sgt|eng|ing|sr|sra|srta)\.?\s+)+/i;

function withoutExtraTitles(name: string): string {
  return name.replace(EXTRA_TITLES, "");
}

/** Every given name in a First name cell ("Mary Kate"), without titles or initials. */
function givenNamesOf(column: string): string {
  return plainGivenNames(column) ?? parsedGivenNames(column);
}

/** givenNamesOf through the parser, for any cell. */
export function parsedGivenNames(column: string): string {
  const cleaned = withoutExtraTitles(withoutDecoration(column));
  if (cleaned === "") return "";
  const parts = parseFullName(cleaned, "all", 0, 0, 0);
  const names = [parts.first, parts.middle, parts.last]
    .flatMap((part) => (part ?? "").split(" "))
    .filter((part) => !isAbbreviation(part))
    .map(usable)
    .filter((part) => part !== "");
  return written(names.join(" "), cleaned);
}

/** Emoji, bracketed notes and a headline after " | " or " - " are not part of anyone's name. */
function withoutDecoration(text: string): string {
  return (
    text
      .replace(
        /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu,
        " ",
      )
      .replace(/\[[^\]]*\]|\{[^}]*\}/g, " ")
      .split(/\s+[|–—·•]\s+|\s+-\s+/)[0]
      ?.replace(/\s+/g, " ")
      .trim() ?? ""
  );
}

// Initials (J.) and abbreviated titles the parser does not know (Lt., Md., Dott.ssa).
function isAbbreviation(part: string): boolean {
  return part.includes(".") || /^\p{L}$/u.test(part);
}

/** The name without surrounding punctuation; "" when what is left is not a name (an e-mail, "2nd"). */
function usable(part: string): string {
  const trimmed = part.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, "");
  return /^[\p{L}\p{M}]+(?:[\s'’-][\p{L}\p{M}]+)*$/u.test(trimmed) ? trimmed : "";
}

function written(firstName: string, wholeName: string): string {
  return isSingleCase(wholeName) ? inUsualCase(firstName) : firstName;
}
