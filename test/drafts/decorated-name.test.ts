import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decoratedFirstName } from "../../shared/drafts/decorated-name.js";
import { parsedFirstName } from "../../shared/drafts/greeting-name.js";

// Names, titles, post-nominals, particles and pieces that make a name something else.
const pieces = (
  "Ana|Silva|Jean-Luc|O'Brien|Müller|Chloé|Maria|ANA|SILVA|O'BRIEN|ana|silva|Dr.|Dr|Prof.|Mr|Mrs|Ms|Sir|" +
  "Herr|Lt.|PhD|Ph.D.|MD|M.D.|Jr.|Jr|Sr|MBA|III|van|der|De|Y|And|J.|Van|Di|St|E|Ii"
).split("|");
const name = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", " ", ", ", "  ")), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) =>
    parts.map(([piece, separator], at) => (at === parts.length - 1 ? piece : piece + separator)).join(""),
  );

describe(decoratedFirstName, () => {
  it("gives the parser's first name whenever it takes a name", () => {
    fc.assert(
      fc.property(name, (text) => {
        const fast = decoratedFirstName(text);
        if (fast !== undefined) expect(fast).toBe(parsedFirstName(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Dr. Ana Silva", "Ana"],
    ["Prof Jean-Luc Picard", "Jean-Luc"],
    ["Ana Silva, PhD", "Ana"],
    ["Ana Maria Silva MD", "Ana"],
    ["Silva, Ana", "Ana"],
    ["BEN OKAFOR", "Ben"],
    ["ben okafor", "Ben"],
    ["Dr. Silva", undefined],
    ["Ana van der Silva", undefined],
    ["Silva, Ana Maria", undefined],
    ["Ana Silva, MBA", undefined],
  ])("reads %j as %j", (text, first) => {
    expect(decoratedFirstName(text)).toBe(first);
  });
});
