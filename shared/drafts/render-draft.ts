import type { Contact } from "../contacts/contact.js";
import type { Action } from "../vocabulary/actions.js";
import { BUILT_IN_TEMPLATES, NOTE_ACTION } from "./built-in-templates.js";
import { chooseTemplate } from "./choose-template.js";
import { placeholderValues } from "./placeholder-values.js";
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

export { placeholderValues } from "./placeholder-values.js";

/** The draft for an action, or "" for actions without a message. */
export function renderDraft(
  action: Action,
  contact: Contact,
  settings: DraftSettings,
  templates: TemplateSet,
): string {
  const chosen = templates[action];
  if (chosen === undefined) return "";
  const template = chooseTemplate(action, contact, chosen);
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
