import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action } from "../../shared/vocabulary/actions.js";
import { DRAFTED_ACTIONS, draftOf } from "./draft-for-row.js";
import { contactCells, settingsRows } from "./row-arbitraries.js";

const length = (text: string) => [...text].length;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What someone reading the draft aloud would stumble on; [] when it reads well. */
function problemsOf(draft: string, greeting: string): string[] {
  const problems: string[] = [];
  const check = (bad: boolean, problem: string) => bad && problems.push(problem);
  check(/\s[,.!?;:]/.test(draft), "a space before punctuation");
  check(/[!?]\.|\.\.|,[!.?]|[!?],|[,;:]{2}|[!?]{2}/.test(draft), "doubled punctuation");
  check(/\s{2}/.test(draft), "a double space");
  check(/[{}[\]]/.test(draft), "a placeholder or optional part left");
  check(!/^\p{Lu}/u.test(draft), "no capital first letter");
  check(/\b(?:Dr|Prof|Mr|Mrs|Ms|Sir)\b\.?[\s,!]/.test(draft), "a title where a name belongs");
  check(/^Hi [^\p{L}]/u.test(draft), "a greeting without a name after 'Hi '");
  check(
    /undefined|null|congratulations on (?:New role|Promoted|launched)/i.test(draft),
    "a label or a missing value",
  );
  check(/great points/i.test(draft), "a canned comment");
  check((draft.match(/“/g) ?? []).length !== (draft.match(/”/g) ?? []).length, "unbalanced quotes");
  if (greeting === "") check(/^Hi [\p{L}]+[!,]/u.test(draft), "a name where none was given");
  else
    check(
      !new RegExp(`(?:^Hi |, )${escaped(greeting)}[!,.]`, "u").test(draft),
      `no greeting for ${greeting}`,
    );
  return problems;
}

describe("the read-aloud check", () => {
  it.each([
    ["Hi Dr.! I'd love to connect.", "Jane"],
    ["Hi Smith,! I'd love to connect.", "Jane"],
    ["Hi JOHN! I'd love to connect.", "John"],
    ["Hi van! I'd love to connect.", "Pieter"],
    ["Hi Jane, congratulations on New role: Head of Design at Contoso!", "Jane"],
    ["Great points on My new blog post: 10 Tips!. Thanks for sharing", ""],
    ["Hi Jane! I enjoyed your post “10 Tips. I'd love to connect.", "Jane"],
    ["Hi ! I'd love to connect[ – {my_name}]", ""],
    ["hi Jane, how are things ?", "Jane"],
    ["Hi Jane! I came across your post “Is AI overhyped??”.", "Jane"],
  ])("catches what the first version wrote: %j", (draft, greeting) => {
    expect(problemsOf(draft, greeting)).not.toEqual([]);
  });
});

describe("every built-in draft, over rows as people fill them", () => {
  it.each(DRAFTED_ACTIONS)(
    "reads well for %s: punctuation, greeting, placeholders, capital",
    (action: Action) => {
      fc.assert(
        fc.property(contactCells, settingsRows, ({ cells, greeting }, settings) => {
          const draft = draftOf(action, cells, settings);
          const limited =
            action === "Connect" && draft.startsWith("Hi") && !draft.startsWith(`Hi ${greeting}`);
          expect(problemsOf(draft, limited ? "" : greeting), draft).toEqual([]);
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(DRAFTED_ACTIONS)("is the same on every run for the same row: %s", (action: Action) => {
    fc.assert(
      fc.property(contactCells, settingsRows, ({ cells }, settings) => {
        expect(draftOf(action, cells, settings)).toBe(draftOf(action, cells, settings));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps a connection note within the Note limit, made of whole words of the full note", () => {
    fc.assert(
      fc.property(contactCells, settingsRows, ({ cells }, settings) => {
        const note = draftOf("Connect", cells, settings);
        const full = draftOf("Connect", cells, { ...settings, "Note limit": "10000" });
        expect(length(note)).toBeLessThanOrEqual(Number(settings["Note limit"]));
        const words = new Set(full.split(/\s+/).flatMap((word) => [word, word.replace(/[,;:–-]+$/u, "")]));
        for (const word of note.split(/\s+/).filter((part) => part !== ""))
          expect(words, note).toContain(word);
      }),
      { numRuns: 300 },
    );
  });
});
