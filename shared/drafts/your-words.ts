/**
 * Their words as said back to them: a Milestone or post is typed in the first person ("launched
 * our new product"), a draft speaks to them ("launching your new product").
 */
export function inSecondPerson(text: string): string {
  return text
    .replace(/\b(?:our|my)\b/gi, (word) => (startsUpper(word) ? "Your" : "your"))
    .replace(/\b(?:ours|mine)\b/gi, "yours")
    .replace(/\b(?:we|I)\b(?!['’])/g, "you")
    .replace(/\bus\b/g, "you");
}

function startsUpper(word: string): boolean {
  return word.slice(0, 1) !== word.slice(0, 1).toLowerCase();
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** "5" as people write it in a sentence ("five years"); digits from 21 up. */
export function numberInWords(digits: string): string {
  const value = Number(digits);
  return NUMBER_WORDS[value] ?? digits;
}

/** Text without the end punctuation people add to a headline ("Launched X!", "Wait for it..."). */
export function withoutEndPunctuation(text: string): string {
  return text
    .replace(/\.{3}|…/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.!,;:–—-]+$/u, "")
    .replace(/[?!]*\?[?!]*$/u, "?");
}

/** A headline without its emoji ("Launched X 🚀"): they do not belong inside a sentence. */
export function withoutEmoji(text: string): string {
  return text.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu, " ");
}
