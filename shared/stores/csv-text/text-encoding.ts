import { decodeWindows1252, encodeWindows1252, unrepresentableIn1252 } from "./windows-1252.js";

export interface TextEncoding {
  name: string;
  /** The encoding's name as a user knows it, for error messages. */
  label: string;
  bom: Uint8Array;
  /** Bytes per UTF-16 code unit of the decoded text: 2 (UTF-16), 1 (a code page), 0 (varies: UTF-8). */
  unit: number;
  decode(bytes: Uint8Array): string;
  /** Only for text `unrepresentable` accepts. */
  encode(text: string): Uint8Array;
  /** The first character of `text` the encoding cannot hold (UTF-8 would write U+FFFD for it), if any. */
  unrepresentable(text: string): string | undefined;
}

// Half of a surrogate pair is no character: UTF-8 would write U+FFFD in its place.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** String.prototype.isWellFormed (ES2024, in Node 20): one native pass, where a regex over megabytes of text took tens of milliseconds. */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The Unicode encodings go through Node's own codecs (valid UTF-8 and any UTF-16 decode and
 * encode back to the same bytes); iconv-lite did the same through a layer that loaded every
 * code page it knows on first use. UTF-16 big-endian is little-endian with each pair of bytes swapped.
 */
function unicode(
  name: string,
  label: string,
  bom: number[],
  unit: number,
  codec: "utf8" | "utf16le",
  swap = false,
): TextEncoding {
  return {
    name,
    label,
    bom: Uint8Array.from(bom),
    unit,
    decode: (bytes) => (swap ? Buffer.from(bytes).swap16() : view(bytes)).toString(codec),
    encode: (text) => {
      const bytes = Buffer.from(text, codec);
      return swap ? bytes.swap16() : bytes;
    },
    unrepresentable: (text) => (isWellFormed(text) ? undefined : LONE_SURROGATE.exec(text)?.[0]),
  };
}

const ENCODINGS: Record<string, TextEncoding> = {
  "utf-8": unicode("utf-8", "UTF-8", [], 0, "utf8"),
  "utf-8-bom": unicode("utf-8-bom", "UTF-8", [0xef, 0xbb, 0xbf], 0, "utf8"),
  "utf-16le": unicode("utf-16le", "UTF-16LE", [0xff, 0xfe], 2, "utf16le"),
  "utf-16be": unicode("utf-16be", "UTF-16BE", [0xfe, 0xff], 2, "utf16le", true),
  "windows-1252": {
    name: "windows-1252",
    label: "Windows-1252",
    bom: new Uint8Array(0),
    unit: 1,
    decode: decodeWindows1252,
    encode: encodeWindows1252,
    unrepresentable: unrepresentableIn1252,
  },
};

export function textEncoding(name: string): TextEncoding {
  const encoding = ENCODINGS[name];
  if (encoding === undefined)
    throw new Error(`Tend cannot read or write CSV files in the encoding "${name}".`);
  return encoding;
}
