import { createRequire } from "node:module";

/**
 * Windows-1252 is Latin-1 except for 0x80-0x9F (€, curly quotes, dashes...), so bytes go through
 * Node's native Latin-1 codec (iconv-lite's code-page loop took most of a 10,000-row round trip)
 * and those 32 are swapped using iconv-lite's table. The five bytes 1252 leaves unassigned stay
 * their C1 control characters, as browsers decode them, so even they are written back unchanged.
 * The table is made on the first Windows-1252 file: iconv-lite loads every code page it knows to
 * give it, which a run on a UTF-8 file need not wait for (hence required here, not imported:
 * an import loads it with the first CSV file of any encoding).
 */
function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

interface Table {
  toUnicode: Map<string, string>;
  toByte: Map<string, string>;
  swapped: RegExp;
  unrepresentable: RegExp;
}

let made: Table | undefined;

function table(): Table {
  if (made !== undefined) return made;
  const iconv = createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");
  const toUnicode = new Map<string, string>();
  const toByte = new Map<string, string>();
  let representable = "";
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (const [byte, char] of [...iconv.decode(bytes, "windows-1252")].entries()) {
    const latin1 = String.fromCharCode(byte);
    const unicode = char === "\uFFFD" ? latin1 : char;
    if (unicode !== latin1) {
      toUnicode.set(latin1, unicode);
      toByte.set(unicode, latin1);
    }
    representable += escaped(unicode);
  }
  const swapped = new RegExp(`[${[...toByte.keys()].map(escaped).join("")}]`, "g");
  made = { toUnicode, toByte, swapped, unrepresentable: new RegExp(`[^${representable}]`) };
  return made;
}

const C1 = /[\x80-\x9f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  const { toUnicode } = table();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(C1, (char) => toUnicode.get(char) ?? char);
}

/** Only for text {@link unrepresentableIn1252} accepts: Latin-1 would drop other characters' high bits. */
export function encodeWindows1252(text: string): Uint8Array {
  const { toByte, swapped } = table();
  return Buffer.from(
    text.replace(swapped, (char) => toByte.get(char) ?? char),
    "latin1",
  );
}

export function unrepresentableIn1252(text: string): string | undefined {
  const match = table().unrepresentable.exec(text);
  return match === null ? undefined : String.fromCodePoint(text.codePointAt(match.index) ?? 0);
}
