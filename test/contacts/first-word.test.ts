import { describe, expect, it } from "vitest";
import { firstWord } from "../../shared/contacts/first-word.js";

describe("firstWord", () => {
  it.each([
    ["Ana Silva", "Ana"],
    ["Smith, Jane", "Smith,"],
    ["Cher", "Cher"],
    ["", ""],
    ["José\tMaría", "José"],
    ["Jean\u00a0Luc", "Jean"],
    ["Kim\u3000Lee", "Kim"],
    ["Zoë\u2009Ng", "Zoë"],
    ["Ana\u200bSilva", "Ana\u200bSilva"],
    ["😀 Ana", "😀"],
  ])("reads %j up to its first whitespace, as %j", (text, expected) => {
    expect(firstWord(text)).toBe(expected);
    expect(firstWord(text)).toBe(/^\S*/.exec(text)?.[0]);
  });
});
