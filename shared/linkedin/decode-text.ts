import { exportFileError } from "./export-file-error.js";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * CSV bytes as text without a byte-order mark. LinkedIn writes UTF-8; the other encodings are
 * what Excel leaves behind when the user re-saved the file ("Unicode text" is UTF-16 with a BOM,
 * plain "CSV" is the Windows code page), so they are read rather than turned into mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  let text: string;
  try {
    // `fatal` so that invalid UTF-8 is noticed and read as the Windows code page instead.
    text = new TextDecoder(encoding, { fatal: encoding === "utf-8" }).decode(bytes);
  } catch {
    return decodeFallback(bytes, file);
  }
  return checked(text, encoding, file);
}

function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

function decodeFallback(bytes: Uint8Array, file: string) {
  return checked(new TextDecoder("windows-1252").decode(bytes), "windows-1252", file);
}

function checked(decoded: string, encoding: TextEncoding, file: string) {
  // TextDecoder drops one BOM already; a second one comes from a tool that added its own.
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // NUL never occurs in CSV text: this is a binary file (a workbook renamed to .csv, an image).
  if (text.includes("\u0000")) throw exportFileError(file, "is not a text (CSV) file");
  return { text, encoding };
}
