import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAIN_NAME, plainName } from "../../shared/drafts/greeting-name.js";

// Pieces that make names the expression takes and names it refuses, in and out of Latin-1.
const pieces =
  "Ana|Chloé|Müller|Ólafur|ÉMILE|ßa|µx|ÿ|Ø|×|÷|ª|O|'|’|-| |  |.|,|Dr|van|x|Y|Ł|ł|e\u0301|李|ǅ".split("|");
const name = fc.array(fc.constantFrom(...pieces), { maxLength: 9 }).map((parts) => parts.join(""));

describe(plainName, () => {
  it("matches every name as PLAIN_NAME does, with the same first word", () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(plainName(text)?.[1]).toBe(PLAIN_NAME.exec(text)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Ana Silva", "Ana"],
    ["Chloé Müller", "Chloé"],
    ["Jean-Luc Picard", "Jean-Luc"],
    ["Mary Dell'Acqua-Smith", "Mary"],
    ["Łukasz Nowak", "Łukasz"],
    ["Jose\u0301 Silva", "Jose\u0301"],
    ["TARIQ SILVA", undefined],
    ["Silva, Lena", undefined],
    ["Ana Maria da Silva", undefined],
  ])("reads %j with the first word %j", (text, first) => {
    expect(plainName(text)?.[1]).toBe(first);
    expect(PLAIN_NAME.exec(text)?.[1]).toBe(first);
  });
});
