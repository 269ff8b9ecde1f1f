/** Notion refuses a rich text object longer than 2,000 characters (JavaScript string length). */
export const MAX_TEXT_OBJECT = 2000;

/**
 * Text cut into pieces of at most 2,000 characters, never between the two halves of a
 * surrogate pair (an emoji would turn into two broken characters). Joined, they give the text back.
 */
export function textChunks(text: string, size = MAX_TEXT_OBJECT): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(at, end));
    at = end;
  }
  return chunks;
}

export function richText(text: string): { type: "text"; text: { content: string } }[] {
  return textChunks(text).map((content) => ({ type: "text", text: { content } }));
}
