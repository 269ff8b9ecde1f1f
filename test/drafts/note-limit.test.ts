import { describe, expect, it } from "vitest";
import { aRow, type Cells } from "../support/a-contact.js";
import { type EvaluateOptions, evaluateOne, evaluateRows } from "../support/evaluate-rows.js";

const length = (text: string) => [...text].length;

const ana: Cells = {
  name: "Ana Lima",
  relationship: "Met in person",
  metAt: "RustConf 2026",
  interests: "WebAssembly",
  recentPost: "async traits in Rust",
};
const withLimit = (limit: number, more: EvaluateOptions = {}): EvaluateOptions => ({
  ...more,
  settings: {
    "My name": "Sam Lee",
    "My interests": "WebAssembly",
    "Note limit": String(limit),
    ...more.settings,
  },
});
const noteFor = (limit: number, more: EvaluateOptions = {}) => evaluateOne(ana, withLimit(limit, more)).draft;

const FULL =
  "Hi Ana! It was great meeting you at RustConf 2026. I enjoyed your post on async traits in Rust. I see we share an interest in WebAssembly. I'd love to connect. – Sam Lee";

describe("Note limit (RULES.md §6)", () => {
  it("keeps a note of exactly the limit whole", () => {
    expect(noteFor(length(FULL))).toBe(FULL);
  });

  it("drops optional parts from the end first: the signature goes one character over the limit", () => {
    expect(noteFor(length(FULL) - 1)).toBe(
      "Hi Ana! It was great meeting you at RustConf 2026. I enjoyed your post on async traits in Rust. I see we share an interest in WebAssembly. I'd love to connect.",
    );
  });

  it("then the shared interest, then the recent post, then how you know them", () => {
    expect(noteFor(150)).toBe(
      "Hi Ana! It was great meeting you at RustConf 2026. I enjoyed your post on async traits in Rust. I'd love to connect.",
    );
    expect(noteFor(100)).toBe("Hi Ana! It was great meeting you at RustConf 2026. I'd love to connect.");
    expect(noteFor(40)).toBe("Hi Ana! I'd love to connect.");
  });

  it("defaults to 200 characters", () => {
    const long: Cells = { ...ana, recentPost: "x ".repeat(120).trim() };
    expect(length(evaluateOne(long, withLimit(200)).draft)).toBeLessThanOrEqual(200);
    expect(evaluateOne(long, { settings: { "My name": "Sam Lee" } }).draft).toBe(
      evaluateOne(long, withLimit(200)).draft,
    );
  });

  it("never exceeds the limit and never ends mid-word, for any limit", () => {
    const renderings = [FULL, "Hi! I'd love to connect."];
    const words = new Set(
      renderings
        .flatMap((text) => text.split(/\s+/))
        .flatMap((word) => [word, word.replace(/[,;:–-]+$/u, "")]),
    );
    for (let limit = 1; limit <= length(FULL) + 5; limit++) {
      const note = noteFor(limit);
      expect(length(note), `limit ${limit}`).toBeLessThanOrEqual(limit);
      for (const word of note.split(/\s+/).filter((part) => part !== "")) {
        expect(words.has(word), `"${word}" in "${note}" at limit ${limit}`).toBe(true);
      }
    }
  });

  it("cuts a user template with no optional parts at the last whole word", () => {
    const templates = {
      Connect: "Hello {first_name}, wonderful talking about distributed systems yesterday",
    };
    expect(noteFor(30, { templates })).toBe("Hello Ana, wonderful talking");
    expect(noteFor(29, { templates })).toBe("Hello Ana, wonderful talking");
    expect(noteFor(28, { templates })).toBe("Hello Ana, wonderful talking");
    expect(noteFor(27, { templates })).toBe("Hello Ana, wonderful");
    expect(noteFor(11, { templates })).toBe("Hello Ana");
  });

  it("counts characters as people see them, not UTF-16 units", () => {
    const note = "Hi Ana! It was great meeting you at RustConf 🦀. I'd love to connect.";
    const limit = length(note);
    expect(note.length).toBeGreaterThan(limit);
    const cells = { ...ana, metAt: "RustConf 🦀", recentPost: undefined, interests: undefined };
    expect(evaluateOne(cells, withLimit(limit, { settings: { "My name": "" } })).draft).toBe(note);
  });

  it("applies to connection notes only", () => {
    const [suggestion] = evaluateRows(
      [aRow({ ...ana, status: "Request sent", requestedOn: "2026-11-01" })],
      withLimit(20),
    );
    expect(suggestion?.action).toBe("Follow up");
    expect(length(suggestion?.draft ?? "")).toBeGreaterThan(20);
  });
});
