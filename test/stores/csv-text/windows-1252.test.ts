import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  decodeWindows1252,
  encodeWindows1252,
  unrepresentableIn1252,
} from "../../../shared/stores/csv-text/windows-1252.js";

const EVERY_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => byte);

describe(decodeWindows1252, () => {
  it("reads every byte as iconv-lite's Windows-1252 table does, the five it leaves unassigned as C1 controls", () => {
    const expected = [...iconv.decode(Buffer.from(EVERY_BYTE), "windows-1252")]
      .map((char, byte) => (char === "\uFFFD" ? String.fromCharCode(byte) : char))
      .join("");
    expect(decodeWindows1252(EVERY_BYTE)).toBe(expected);
  });
});

describe(encodeWindows1252, () => {
  it("writes every byte back as it was read", () => {
    expect(Buffer.from(encodeWindows1252(decodeWindows1252(EVERY_BYTE)))).toEqual(Buffer.from(EVERY_BYTE));
  });
});

describe(unrepresentableIn1252, () => {
  it.each([
    ["a character outside the code page", "Zoë Ω", "Ω"],
    ["one past the basic plane, whole", "Ana 🚀", "🚀"],
    ["a Latin-1 control whose byte holds € in Windows-1252", "a\u0080", "\u0080"],
    ["nothing, for text the code page holds", "Zoë €, “quoted” \u0081", undefined],
  ])("finds %s", (_, text, found) => {
    expect(unrepresentableIn1252(text)).toBe(found);
  });
});
