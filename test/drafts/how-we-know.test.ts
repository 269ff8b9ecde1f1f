import { describe, expect, it } from "vitest";
import type { Relationship } from "../../shared/contacts/enums.js";
import { howWeKnow } from "../../shared/drafts/how-we-know.js";
import { placePhrase } from "../../shared/drafts/place-phrase.js";

describe(placePhrase, () => {
  it.each([
    ["Stanford", "at Stanford"],
    ["Web Summit", "at Web Summit"],
    ["the Berlin meetup", "at the Berlin meetup"],
    ["Contoso", "at Contoso"],
    ["Twitter", "on Twitter"],
    ["Slack", "on Slack"],
    ["r/rust", "on r/rust"],
    ["dbt Slack", "in the dbt Slack"],
    ["the Rust Discord server", "in the Rust Discord server"],
    ["In Berlin", "in Berlin"],
    ["a friend's wedding.", "at a friend's wedding"],
    ["", ""],
  ])("writes Met at %j as %j", (metAt, phrase) => {
    expect(placePhrase(metAt)).toBe(phrase);
  });
});

describe(howWeKnow, () => {
  it.each<[Relationship, string, string, string]>([
    ["Met in person", "Web Summit", "it was great meeting you at Web Summit", "we met at Web Summit"],
    ["Met in person", "", "it was great meeting you", "we met"],
    [
      "Worked together",
      "Contoso",
      "it was great working with you at Contoso",
      "we worked together at Contoso",
    ],
    ["Worked together", "", "it was great working with you", "we worked together"],
    [
      "Classmate",
      "Stanford",
      "it was great studying with you at Stanford",
      "we studied together at Stanford",
    ],
    ["Classmate", "", "it was great studying with you", "we studied together"],
    ["Interacted online", "Twitter", "I've enjoyed our exchanges on Twitter", "we last talked on Twitter"],
    [
      "Interacted online",
      "dbt Slack",
      "I've enjoyed our exchanges in the dbt Slack",
      "we last talked in the dbt Slack",
    ],
    ["Interacted online", "", "I've enjoyed our exchanges online", "we last talked online"],
    [
      "Admire their work",
      "Web Summit",
      "I've long admired your work, which I first came across at Web Summit",
      "",
    ],
    ["Admire their work", "", "I've long admired your work", ""],
    ["None", "Web Summit", "we met at Web Summit", "we met at Web Summit"],
    ["None", "", "", ""],
  ])("says %s, met at %j, as %j and since %j", (relationship, metAt, sentence, since) => {
    expect(howWeKnow(relationship, metAt)).toEqual({ sentence, since });
  });

  it.each<Relationship>([
    "Met in person",
    "Worked together",
    "Classmate",
    "Interacted online",
    "Admire their work",
    "None",
  ])("never says 'reconnect' to %s, which would echo the note's 'I'd love to connect'", (relationship) => {
    expect(howWeKnow(relationship, "Stanford").sentence).not.toMatch(/connect/i);
  });
});
