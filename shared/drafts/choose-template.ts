import type { Contact } from "../contacts/contact.js";
import type { Action } from "../vocabulary/actions.js";
import { BUILT_IN_TEMPLATES, BUILT_IN_VARIANTS } from "./built-in-templates.js";
import { parseTemplate, type Template } from "./template.js";

const VARIANTS: Partial<Record<Action, Template[]>> = Object.fromEntries(
  Object.entries(BUILT_IN_VARIANTS).map(([action, sources]) => [action, sources.map(parseTemplate)]),
);

/**
 * The template a contact's draft uses: the user's, or one of the built-in wordings picked by
 * the contact, so that the same person gets the same words on every run and two people at
 * the same company rarely get the same message.
 */
export function chooseTemplate(action: Action, contact: Contact, template: Template): Template {
  const variants = VARIANTS[action];
  // A Templates row with the built-in text is the built-in: it gets the variants too.
  if (variants === undefined || template.source !== BUILT_IN_TEMPLATES[action]) return template;
  return variants[variantIndex(`${action}|${contactKey(contact)}`, variants.length)] ?? template;
}

function contactKey(contact: Contact): string {
  return contact.linkedin?.key ?? contact.name.trim().toLowerCase();
}

/** FNV-1a: a stable, well-spread hash of short strings, the same in every Node version. */
function variantIndex(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
