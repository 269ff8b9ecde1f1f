import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsedGivenNames } from "../../shared/drafts/greeting-name.js";
import { plainGivenNames } from "../../shared/drafts/plain-given-names.js";

// Given names, the words the parser treats apart (titles, suffixes, particles, conjunctions) and
// pieces that make a cell something else.
const words =
  "Ana|Mary|Kate|Chloé|Jean-Luc|O'Neil|Ólafur|Jr|Ii|Van|De|Dr|Prof|Sir|And|Y|E|Lt|Rev|Md|Phd|ANA|ana|J.|Ø".split(
    "|",
  );
const cell = fc
  .tuple(
    fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(" ", "  ", "-", ", "),
  )
  .map(([parts, separator]) => parts.join(separator));

describe(plainGivenNames, () => {
  it("gives what the parser gives whenever it takes a cell", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const plain = plainGivenNames(text);
        if (plain !== undefined) expect(plain).toBe(parsedGivenNames(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Ana", "Ana"],
    ["Mary Kate", "Mary Kate"],
    ["Jean-Luc", "Jean-Luc"],
    ["Dr Ana", undefined],
    ["Ana Jr", undefined],
    ["ANA", undefined],
    ["Ana, Maria", undefined],
  ])("takes %j as %j", (text, given) => {
    expect(plainGivenNames(text)).toBe(given);
  });
});
