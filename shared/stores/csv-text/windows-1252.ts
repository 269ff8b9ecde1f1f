/**
 * Windows-1252 is Latin-1 except for 0x80-0x9F (€, curly quotes, dashes...), so bytes go through
 * Node's native Latin-1 codec (iconv-lite's code-page loop took most of a 10,000-row round trip)
 * and those 27 characters are swapped. The five bytes 1252 leaves unassigned (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) stay their C1 control characters, as browsers decode them, so even they are written
 * back unchanged. The 27 are written out here rather than taken from iconv-lite, which loads
 * every code page it knows (half a megabyte, some 20 ms of every CSV run) to give them; a test
 * checks them against iconv-lite's table.
 */
const C1_CHARACTERS =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const toUnicode = new Map<string, string>();
const toByte = new Map<string, string>();
for (let at = 0; at < C1_CHARACTERS.length; at++) {
  const latin1 = String.fromCharCode(0x80 + at);
  const unicode = C1_CHARACTERS[at] as string;
  if (unicode !== latin1) {
    toUnicode.set(latin1, unicode);
    toByte.set(unicode, latin1);
  }
}

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

const C1 = /[\x80-\x9f]/g;
const SWAPPED = new RegExp(`[${[...toByte.keys()].map(escaped).join("")}]`, "g");
// Latin-1 without the bytes swapped out, and the characters swapped in.
const UNREPRESENTABLE = new RegExp(
  `[^\\u0000-\\u00ff${[...toByte.keys()].map(escaped).join("")}]|[${[...toUnicode.keys()].map(escaped).join("")}]`,
);

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(C1, (char) => toUnicode.get(char) ?? char);
}

/** Only for text {@link unrepresentableIn1252} accepts: Latin-1 would drop other characters' high bits. */
export function encodeWindows1252(text: string): Uint8Array {
  return Buffer.from(
    text.replace(SWAPPED, (char) => toByte.get(char) ?? char),
    "latin1",
  );
}

export function unrepresentableIn1252(text: string): string | undefined {
  const match = UNREPRESENTABLE.exec(text);
  return match === null ? undefined : String.fromCodePoint(text.codePointAt(match.index) ?? 0);
}
