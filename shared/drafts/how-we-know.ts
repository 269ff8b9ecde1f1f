import type { Relationship } from "../contacts/enums.js";
import { placePhrase } from "./place-phrase.js";

export interface HowWeKnow {
  /** A sentence without its full stop: "it was great meeting you at Web Summit". */
  sentence: string;
  /** What follows "it's been a while since": "we met at Web Summit"; "" with no shared past. */
  since: string;
}

type Phrases = (place: string) => HowWeKnow;

const BY_RELATIONSHIP: Record<Relationship, Phrases> = {
  "Met in person": (at) => ({ sentence: `it was great meeting you ${at}`, since: `we met ${at}` }),
  "Worked together": (at) => ({
    sentence: `it was great working with you ${at}`,
    since: `we worked together ${at}`,
  }),
  Classmate: (at) => ({
    sentence: `it was great studying with you ${at}`,
    since: `we studied together ${at}`,
  }),
  "Interacted online": (at) => ({
    sentence: `I've enjoyed our exchanges ${at || "online"}`,
    since: `we last talked ${at || "online"}`,
  }),
  "Admire their work": (at) => ({
    sentence:
      at === ""
        ? "I've long admired your work"
        : `I've long admired your work, which I first came across ${at}`,
    since: "",
  }),
  None: (at) =>
    at === "" ? { sentence: "", since: "" } : { sentence: `we met ${at}`, since: `we met ${at}` },
};

/**
 * How you know them (Relationship and Met at, RULES.md §6) as words a person would write, in
 * the two shapes drafts need. Lower-case: a draft capitalizes them at the start of a sentence.
 */
export function howWeKnow(relationship: Relationship, metAt: string): HowWeKnow {
  const phrases = BY_RELATIONSHIP[relationship](placePhrase(metAt));
  return { sentence: phrases.sentence.trim(), since: phrases.since.trim() };
}
