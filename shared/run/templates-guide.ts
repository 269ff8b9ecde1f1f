import { BUILT_IN_TEMPLATES, NOTE_ACTION } from "../drafts/built-in-templates.js";
import { PLACEHOLDER_DESCRIPTIONS } from "../drafts/placeholders.js";
import type { Action } from "../vocabulary/actions.js";

/**
 * What a new Templates tab shows: one example row, the built-in connection note (so it changes
 * no draft until edited), and each placeholder with what it stands for.
 */
export function templatesGuide(): { example: [Action, string]; placeholders: [string, string][] } {
  return {
    example: [NOTE_ACTION, BUILT_IN_TEMPLATES[NOTE_ACTION] ?? ""],
    placeholders: [
      ...Object.entries(PLACEHOLDER_DESCRIPTIONS).map(([name, meaning]): [string, string] => [
        `{${name}}`,
        meaning,
      ]),
      ["[ ... ]", "dropped when a placeholder inside it is empty"],
    ],
  };
}
