/**
 * The text up to its first whitespace (all of it when there is none), as the pattern `^\S*`
 * reads it, without a match array: it runs for every row.
 */
export function firstWord(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || (code >= 9 && code <= 13)) return text.slice(0, index);
    if (code >= 128 && WHITESPACE.test(text.charAt(index))) return text.slice(0, index);
  }
  return text;
}

const WHITESPACE = /\s/;
