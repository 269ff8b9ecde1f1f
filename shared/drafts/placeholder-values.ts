import type { Contact } from "../contacts/contact.js";
import { greetingName } from "./greeting-name.js";
import { howWeKnow } from "./how-we-know.js";
import { milestonePhrase } from "./milestone-phrase.js";
import { postPhrase } from "./post-phrase.js";
import type { DraftSettings } from "./render-draft.js";
import type { PlaceholderValues } from "./template.js";

/** What a template's placeholders stand for in this contact's row. */
export function placeholderValues(contact: Contact, settings: DraftSettings): PlaceholderValues {
  const known = howWeKnow(contact.relationship, contact.metAt);
  const post = postPhrase(contact.recentPost);
  return {
    first_name: greetingName(contact.name, firstNameColumn(contact)),
    name: contact.name,
    company: contact.company,
    title: contact.title,
    met_at: contact.metAt,
    relationship: contact.relationship === "None" ? "" : contact.relationship,
    recent_post: contact.recentPost,
    milestone: contact.milestone,
    shared_interest: sharedInterest(contact.interests, settings.myInterests),
    my_name: settings.myName,
    how_we_know: known.sentence,
    how_we_met: known.since,
    milestone_phrase: milestonePhrase(contact.milestone).phrase,
    post_phrase: post.phrase,
    post_topic: post.topic,
  };
}

/**
 * The First name cell, when the row has one. Reading a row fills `firstName` with the first
 * word of Name when that cell is blank ("Smith," for "Smith, Jane"): that is no column value.
 */
function firstNameColumn(contact: Contact): string | undefined {
  const firstWord = /^\S*/.exec(contact.name)?.[0] ?? "";
  return contact.firstName === firstWord ? undefined : contact.firstName;
}

const lowerCaseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function sharedInterest(theirsText: string, mine: readonly string[]): string {
  if (theirsText === "" || mine.length === 0) return "";
  const theirs = theirsText.split(/[,;\n]/).map((interest) => interest.trim());
  let wanted = lowerCaseSets.get(mine);
  if (wanted === undefined) {
    wanted = new Set(mine.map((interest) => interest.toLowerCase()));
    lowerCaseSets.set(mine, wanted);
  }
  const set = wanted;
  return theirs.find((interest) => set.has(interest.toLowerCase())) ?? "";
}
