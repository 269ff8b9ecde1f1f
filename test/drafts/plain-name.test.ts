import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAIN_NAME, plainFirstWord } from "../../shared/drafts/plain-name.js";

// Pieces that make names the expression takes and names it refuses, in and out of Latin-1.
const piece = fc.constantFrom(
  ..."Ana|Chloé|Müller|Ólafur|ÉMILE|ßa|µx|ÿ|Ø|×|÷|ª|O|'|’|-| |  |.|,|Dr|van|x|Y|Ł|ł|e\u0301|李|İ|ǅ|1".split("|"),
);
const name = fc.array(piece, { maxLength: 9 }).map((pieces) => pieces.join(""));

describe(plainFirstWord, () => {
  it("reads every name as PLAIN_NAME does, or leaves it to the expression", () => {
    fc.assert(
      fc.property(name, (text) => {
        const fast = plainFirstWord(text);
        if (fast !== null) expect(fast).toBe(PLAIN_NAME.exec(text)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Ana Silva", "Ana"],
    ["Chloé Müller", "Chloé"],
    ["Jean-Luc Picard", "Jean-Luc"],
    ["Mary Dell'Acqua-Smith", "Mary"],
    ["Mary O'Brien", undefined],
    ["TARIQ SILVA", undefined],
    ["Silva, Lena", undefined],
    ["Ana", undefined],
    ["Ana Maria da Silva", undefined],
    ["Łukasz Nowak", null],
  ])("reads %j as %j", (text, first) => {
    expect(plainFirstWord(text)).toBe(first);
    if (first !== null) expect(PLAIN_NAME.exec(text)?.[1]).toBe(first);
  });
});
