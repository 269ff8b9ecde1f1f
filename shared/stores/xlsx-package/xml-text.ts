const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;
// XML 1.0 cannot carry most control characters, and a parser turns "\r" into "\n": OOXML
// (ST_Xstring, ECMA-376 22.9.2.19) writes them as _xHHHH_, and a literal "_xHHHH_" as _x005F_xHHHH_.
const NEEDS_ESCAPE = /[^\t\n\u0020-\ufffd]|_(?=x[0-9A-Fa-f]{4}_)/g;
// The same question asked cheaply first: one character class, and "_x" found by indexOf (the
// alternation with a lookahead above scans a long draft several times slower).
const UNWRITABLE = /[^\t\n\u0020-\ufffd]/;

/** A cell string as Excel means it: `_x000D_` and friends decoded. */
export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A string as XML character data for a cell, escaped so Excel reads back the same string. */
export function encodeCellText(text: string): string {
  if (!UNWRITABLE.test(text) && !text.includes("_x")) return escapeXml(text);
  NEEDS_ESCAPE.lastIndex = 0;
  return escapeXml(text.replace(NEEDS_ESCAPE, (char) => (char === "_" ? "_x005F_" : hexEscape(char))));
}

function hexEscape(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Character data: & < > escaped (quotes need no escape outside attributes). */
export function escapeXml(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttribute(text: string): string {
  return escapeXml(text).replaceAll('"', "&quot;");
}
