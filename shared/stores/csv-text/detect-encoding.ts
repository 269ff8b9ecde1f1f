import { isUtf8 } from "node:buffer";

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Which encoding a CSV file is in: a byte-order mark says so (Excel's "CSV UTF-8" and "Unicode
 * Text"); without one, text that is valid UTF-8 is UTF-8, and anything else is the code page
 * Excel's plain "CSV (Comma delimited)" writes on Windows in western languages, Windows-1252.
 */
export function detectEncoding(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new Error("This CSV file is in UTF-32, which Tend cannot read; save it as UTF-8 or UTF-16.");
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    if (bytes.length % 2 !== 0) {
      throw new Error("This CSV file starts as UTF-16 but has an odd number of bytes, so it is cut short.");
    }
    return bytes[0] === 0xff ? "utf-16le" : "utf-16be";
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  // UTF-16 without its mark has a NUL in every other byte of Latin text; a stray NUL in a cell is just a character.
  if (looksLikeUtf16(bytes)) {
    throw new Error(
      "This CSV file holds NUL bytes, so it is not text Tend can read (UTF-16 needs its byte-order mark).",
    );
  }
  if (isUtf8(bytes)) return bom ? "utf-8-bom" : "utf-8";
  if (bom) throw new Error("This CSV file starts with a UTF-8 byte-order mark but is not valid UTF-8.");
  return "windows-1252";
}

const SAMPLE_BYTES = 4096;

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return sample.length >= 4 && nuls * 4 >= sample.length;
}
