import type { Contact } from "../contacts/contact.js";
import { firstWord } from "../contacts/first-word.js";
import { greetingName } from "./greeting-name.js";
import { type HowWeKnow, howWeKnow } from "./how-we-know.js";
import { milestonePhrase } from "./milestone-phrase.js";
import { type PostPhrase, postPhrase } from "./post-phrase.js";
import type { DraftSettings } from "./render-draft.js";
import type { PlaceholderValues } from "./template.js";

/**
 * What a template's placeholders stand for in this contact's row. Each phrase is worked out
 * only when a template asks for it, and once: a draft names a few of them, and a table may
 * hold a hundred thousand rows.
 */
export function placeholderValues(contact: Contact, settings: DraftSettings): PlaceholderValues {
  return new RowValues(contact, settings);
}

/** A class rather than an object of getters: one per row, without a dozen closures each. */
class RowValues implements PlaceholderValues {
  readonly name: string;
  readonly company: string;
  readonly title: string;
  readonly met_at: string;
  readonly relationship: string;
  readonly recent_post: string;
  readonly milestone: string;
  readonly my_name: string;
  private firstName: string | undefined;
  private shared: string | undefined;
  private known: HowWeKnow | undefined;
  private post: PostPhrase | undefined;
  private milestoneText: string | undefined;

  constructor(
    private readonly contact: Contact,
    private readonly settings: DraftSettings,
  ) {
    this.name = contact.name;
    this.company = contact.company;
    this.title = contact.title;
    this.met_at = contact.metAt;
    this.relationship = contact.relationship === "None" ? "" : contact.relationship;
    this.recent_post = contact.recentPost;
    this.milestone = contact.milestone;
    this.my_name = settings.myName;
  }

  get first_name(): string {
    this.firstName ??= greetingName(this.contact.name, firstNameColumn(this.contact));
    return this.firstName;
  }

  get shared_interest(): string {
    this.shared ??= sharedInterest(this.contact.interests, this.settings.myInterests);
    return this.shared;
  }

  get how_we_know(): string {
    return this.howWeKnow().sentence;
  }

  get how_we_met(): string {
    return this.howWeKnow().since;
  }

  get milestone_phrase(): string {
    this.milestoneText ??= milestonePhrase(this.contact.milestone).phrase;
    return this.milestoneText;
  }

  get post_phrase(): string {
    return this.postPhrase().phrase;
  }

  get post_topic(): string {
    return this.postPhrase().topic;
  }

  private howWeKnow(): HowWeKnow {
    this.known ??= howWeKnow(this.contact.relationship, this.contact.metAt);
    return this.known;
  }

  private postPhrase(): PostPhrase {
    this.post ??= postPhrase(this.contact.recentPost);
    return this.post;
  }
}

/**
 * The First name cell, when the row has one. Reading a row fills `firstName` with the first
 * word of Name when that cell is blank ("Smith," for "Smith, Jane"): that is no column value.
 */
function firstNameColumn(contact: Contact): string | undefined {
  return contact.firstName === firstWord(contact.name) ? undefined : contact.firstName;
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
