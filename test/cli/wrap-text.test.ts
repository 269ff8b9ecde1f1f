import fc from "fast-check";
import { describe, expect, it } from "vitest";
import wrapAnsi from "wrap-ansi";
import { wrapNarrow, wrapText } from "../../functions/cli/wrap-text.js";

describe("wrapText", () => {
  it("leaves a line that fits as it is, but for trailing spaces", () => {
    expect(wrapText("  Ana Lima: follow up   ", 80)).toBe("  Ana Lima: follow up");
  });

  it("wraps a long line at spaces and continues under its indent plus two spaces", () => {
    const line = `  - ${"word ".repeat(30).trim()}`;
    const wrapped = wrapText(line, 40).split("\n");
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.every((part) => part.length <= 40)).toBe(true);
    expect(wrapped.slice(1).every((part) => part.startsWith("    word"))).toBe(true);
  });

  it("measures wide characters by the columns they take, not by their count", () => {
    // 30 characters, 60 columns: it does not fit in 40 although it is shorter than 40.
    const line = "日本語の名前 ".repeat(5).trim();
    expect(line.length).toBeLessThan(40);
    expect(wrapText(line, 40).split("\n").length).toBeGreaterThan(1);
  });

  it("keeps a long link whole so that the terminal can still open it", () => {
    const link = `https://www.linkedin.com/in/${"a".repeat(90)}`;
    expect(wrapText(`See ${link}`, 80).split("\n")).toContain(`  ${link}`);
  });
});

describe("wrapText on lines that fit", () => {
  it.each([
    "Tend run on contacts.xlsx: 26 contacts, 26 rows changed",
    "  row 2 (José Müller): Fix row: Status “Pendng” cannot be read — use one of…",
  ])("prints %j as it is", (line) => {
    expect(wrapText(line, 80)).toBe(line);
  });
});

describe("wrapNarrow", () => {
  it("wraps one-column text exactly as wrap-ansi does", () => {
    const words = fc.array(
      fc.constantFrom("a", "é", "—", "…", "x", " ", " ", "  ", "\u00a0", "Ana", "https://x.io/abc"),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 30 }), (parts, width) => {
        const text = parts.join("");
        expect(wrapNarrow(text, width)).toBe(wrapAnsi(text, width));
      }),
      { numRuns: 2000 },
    );
  });
});
