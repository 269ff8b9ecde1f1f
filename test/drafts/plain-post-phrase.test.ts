import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPostPhrase, plainPostPhrase } from "../../shared/drafts/post-phrase.js";

// Words that make topics, titles and sentence starts, and characters that send text to the full reading.
const topicWords =
  "AI in healthcare platform engineering Ten Tips For Teams the My new about on re I 2026 Rust x";
const otherText = ["we're", ":", "!", "?", "-", "“", "🚀", "...", "www.x.org"];
const word = fc.constantFrom(...topicWords.split(" "), ...otherText);
const text = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .chain((words) => fc.constantFrom(" ", "  ").map((gap) => words.join(gap)));

describe(plainPostPhrase, () => {
  it("reads plain words as the full reading does, and leaves other text to it", () => {
    fc.assert(
      fc.property(text, (typed) => {
        const fast = plainPostPhrase(typed);
        if (fast !== undefined) expect(fast).toEqual(anyPostPhrase(typed));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["platform engineering", "your post on platform engineering"],
    ["AI in healthcare", "your post on AI in healthcare"],
    ["about remote work", "your post on remote work"],
    ["Ten Tips For Teams", "your post “Ten Tips For Teams”"],
    ["My year in review", "your post “My year in review”"],
  ])("reads %j as %j", (typed, phrase) => {
    expect(plainPostPhrase(typed)?.phrase).toBe(phrase);
    expect(anyPostPhrase(typed).phrase).toBe(phrase);
  });
});
