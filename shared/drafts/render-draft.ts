import type { Contact } from "../contacts/contact.js";
import type { Action } from "../vocabulary/actions.js";
import { BUILT_IN_TEMPLATES, NOTE_ACTION } from "./built-in-templates.js";
import {
  type PlaceholderValues,
  parseTemplate,
  renderTemplate,
  shownOptionalSegments,
  type Template,
} from "./template.js";

export type TemplateSet = Partial<Record<Action, Template>>;

/** The settings a draft reads (RULES.md §7); the rules' Settings has them all. */
export interface DraftSettings {
  myName: string;
  myInterests: readonly string[];
  noteLimit: number;
}

const BUILT_IN: TemplateSet = Object.fromEntries(
  Object.entries(BUILT_IN_TEMPLATES).map(([action, source]) => [action, parseTemplate(source)]),
);

/** The built-in templates with the user's Templates rows on top. */
export function templateSet(overrides: Partial<Record<Action, Template>> = {}): TemplateSet {
  return { ...BUILT_IN, ...overrides };
}

const HOW_WE_KNOW: Record<string, string> = {
  "Met in person": "It was great meeting you",
  "Worked together": "It was great working with you",
  Classmate: "Good to reconnect since our classes together",
  "Interacted online": "I've enjoyed our exchanges online",
  "Admire their work": "I admire your work",
};

export function placeholderValues(contact: Contact, settings: DraftSettings): PlaceholderValues {
  const how = HOW_WE_KNOW[contact.relationship] ?? (contact.metAt === "" ? "" : "We met");
  return {
    first_name: contact.firstName,
    name: contact.name,
    company: contact.company,
    title: contact.title,
    met_at: contact.metAt,
    relationship: contact.relationship === "None" ? "" : contact.relationship,
    recent_post: contact.recentPost,
    milestone: contact.milestone,
    shared_interest: sharedInterest(contact.interests, settings.myInterests),
    my_name: settings.myName,
    how_we_know: how === "" ? "" : contact.metAt === "" ? how : `${how} at ${contact.metAt}`,
  };
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

/** The draft for an action, or "" for actions without a message. */
export function renderDraft(
  action: Action,
  contact: Contact,
  settings: DraftSettings,
  templates: TemplateSet,
): string {
  const template = templates[action];
  if (template === undefined) return "";
  const values = placeholderValues(contact, settings);
  if (action !== NOTE_ACTION) return renderTemplate(template, values);
  return renderWithinLimit(template, values, settings.noteLimit);
}

/**
 * A connection note never exceeds the limit: optional parts go from the end first, then the
 * text is cut at the last word that fits. Length counts characters as people see them.
 */
export function renderWithinLimit(template: Template, values: PlaceholderValues, limit: number): string {
  const dropped = new Set<number>();
  const optional = shownOptionalSegments(template, values);
  let note = renderTemplate(template, values, dropped);
  while (lengthOf(note) > limit && optional.length > 0) {
    dropped.add(optional.pop() as number);
    note = renderTemplate(template, values, dropped);
  }
  return lengthOf(note) > limit ? cutAtWord(note, limit) : note;
}

function lengthOf(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function cutAtWord(text: string, limit: number): string {
  const chars = [...text];
  // The character after the cut tells whether the cut falls between two words.
  const endsAtBoundary = chars[limit] === undefined || /\s/.test(chars[limit] ?? "");
  let kept = chars.slice(0, limit).join("");
  if (!endsAtBoundary) kept = kept.replace(/\s*\S*$/u, "");
  return kept.replace(/[\s,;:–-]+$/u, "");
}
