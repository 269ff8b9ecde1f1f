import type { Contact } from "../contacts/contact.js";
import { greetingName } from "./greeting-name.js";
import { howWeKnow } from "./how-we-know.js";
import { milestonePhrase } from "./milestone-phrase.js";
import { postPhrase } from "./post-phrase.js";
import type { DraftSettings } from "./render-draft.js";
import type { PlaceholderValues } from "./template.js";

/**
 * What a template's placeholders stand for in this contact's row. Each phrase is worked out
 * only when a template asks for it, and once: a draft names a few of them, and a table may
 * hold a hundred thousand rows.
 */
export function placeholderValues(contact: Contact, settings: DraftSettings): PlaceholderValues {
  const known = once(() => howWeKnow(contact.relationship, contact.metAt));
  const post = once(() => postPhrase(contact.recentPost));
  const firstName = once(() => greetingName(contact.name, firstNameColumn(contact)));
  const shared = once(() => sharedInterest(contact.interests, settings.myInterests));
  const milestone = once(() => milestonePhrase(contact.milestone).phrase);
  return {
    get first_name() {
      return firstName();
    },
    name: contact.name,
    company: contact.company,
    title: contact.title,
    met_at: contact.metAt,
    relationship: contact.relationship === "None" ? "" : contact.relationship,
    recent_post: contact.recentPost,
    milestone: contact.milestone,
    get shared_interest() {
      return shared();
    },
    my_name: settings.myName,
    get how_we_know() {
      return known().sentence;
    },
    get how_we_met() {
      return known().since;
    },
    get milestone_phrase() {
      return milestone();
    },
    get post_phrase() {
      return post().phrase;
    },
    get post_topic() {
      return post().topic;
    },
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    if (made === undefined) made = { value: make() };
    return made.value;
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
