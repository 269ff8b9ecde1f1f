import iconv from "iconv-lite";
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
  /** The first character of `text` the encoding cannot hold (iconv-lite would write "?"), if any. */
  unrepresentable(text: string): string | undefined;
}

// Half of a surrogate pair is no character: UTF-8 would write U+FFFD in its place.
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unicode(name: string, codec: string, bom: number[], unit: number): TextEncoding {
  return {
    name,
    label: codec.toUpperCase(),
    bom: Uint8Array.from(bom),
    unit,
    decode: (bytes) => iconv.decode(bytes, codec, { stripBOM: false }),
    encode: (text) => iconv.encode(text, codec, { addBOM: false }),
    unrepresentable: (text) => (SURROGATE.test(text) ? LONE_SURROGATE.exec(text)?.[0] : undefined),
  };
}

const ENCODINGS: Record<string, TextEncoding> = {
  "utf-8": unicode("utf-8", "utf-8", [], 0),
  "utf-8-bom": unicode("utf-8-bom", "utf-8", [0xef, 0xbb, 0xbf], 0),
  "utf-16le": unicode("utf-16le", "utf-16le", [0xff, 0xfe], 2),
  "utf-16be": unicode("utf-16be", "utf-16be", [0xfe, 0xff], 2),
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
