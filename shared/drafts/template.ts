import { TendError } from "../errors/tend-error.js";
import { PLACEHOLDERS, type Placeholder, SENTENCE_PHRASES } from "./placeholders.js";

/**
 * A draft template: text with `{placeholder}`s, where a part in square brackets is optional
 * and disappears when any placeholder inside it is empty (so no draft says "Hi ,").
 */
export { PLACEHOLDER_DESCRIPTIONS, PLACEHOLDERS, type Placeholder } from "./placeholders.js";

export type PlaceholderValues = Record<Placeholder, string>;

type Piece = { text: string } | { placeholder: Placeholder };
type Segment = { optional: boolean; pieces: Piece[] };

export interface Template {
  source: string;
  segments: Segment[];
}

const KNOWN = new Set<string>(PLACEHOLDERS);

function templateError(message: string): TendError {
  return new TendError("invalid-setup", message, { code: "INVALID_TEMPLATE" });
}

export function parseTemplate(source: string): Template {
  const segments: Segment[] = [];
  const pattern = /\[([^\][]*)\]|([^[\]]+)|([[\]])/g;
  for (const match of source.matchAll(pattern)) {
    if (match[3] !== undefined) throw templateError(`an unmatched "${match[3]}" in "${source}"`);
    const optional = match[1] !== undefined;
    segments.push({ optional, pieces: parsePieces(match[1] ?? match[2] ?? "", source) });
  }
  return { source, segments };
}

function parsePieces(text: string, source: string): Piece[] {
  const pieces: Piece[] = [];
  for (const part of text.split(/(\{[^{}]*\})/)) {
    if (part === "") continue;
    const name = /^\{\s*([^{}]*?)\s*\}$/.exec(part)?.[1];
    if (name === undefined) {
      pieces.push({ text: part });
      continue;
    }
    const placeholder = name.toLowerCase();
    if (!KNOWN.has(placeholder)) {
      throw templateError(
        `unknown placeholder {${name}} in "${source}": use ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`,
      );
    }
    pieces.push({ placeholder: placeholder as Placeholder });
  }
  return pieces;
}

/**
 * Renders with the optional parts whose placeholders are all filled; `dropped` names optional
 * segments (by index) to leave out as well, for notes over the limit.
 */
export function renderTemplate(
  template: Template,
  values: PlaceholderValues,
  dropped: ReadonlySet<number> = NONE_DROPPED,
) {
  let out = "";
  const { segments } = template;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as Segment;
    if (segment.optional && (dropped.has(index) || !isFilled(segment, values))) continue;
    const { pieces } = segment;
    for (let at = 0; at < pieces.length; at++) {
      const piece = pieces[at] as Piece;
      if ("text" in piece) out += piece.text;
      else out += valueAt(out, piece.placeholder, values[piece.placeholder].trim());
    }
  }
  return tidy(out);
}

const NONE_DROPPED: ReadonlySet<number> = new Set();

/** Indexes of the optional segments that would be shown with these values, in order. */
export function shownOptionalSegments(template: Template, values: PlaceholderValues): number[] {
  const shown: number[] = [];
  template.segments.forEach((segment, index) => {
    if (segment.optional && isFilled(segment, values)) shown.push(index);
  });
  return shown;
}

function isFilled(segment: Segment, values: PlaceholderValues): boolean {
  const { pieces } = segment;
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] as Piece;
    if (!("text" in piece) && values[piece.placeholder].trim() === "") return false;
  }
  return true;
}

/** Tend's own phrases start a sentence with a capital, and read lower-case inside one. */
function valueAt(before: string, placeholder: Placeholder, value: string): string {
  if (!SENTENCE_PHRASES.has(placeholder) || !/(?:^|[.!?]["”’)]?)\s*$/.test(before)) return value;
  return value.slice(0, 1).toUpperCase() + value.slice(1);
}

const UNTIDY = /[ \t]{2}| [,.!?;:]|[.!?]["”’)]*[.!]|[,;:][.!?]|[!?][,;:]/;

/**
 * Removes the traces of empty placeholders and of values that end in punctuation of their
 * own: doubled spaces, a space before punctuation, "Inc..", "Tips!.", "?”.", ",!".
 */
function tidy(text: string): string {
  // One scan for any of the traces below: most drafts have none, and then every step would
  // return its input unchanged.
  if (!UNTIDY.test(text)) return text.trim();
  return text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ +([,.!?;:])/g, "$1")
    .replace(/([.!?])(["”’)]*)[.!]+/g, "$1$2")
    .replace(/[,;:]+([.!?])/g, "$1")
    .replace(/([!?])[,;:]/g, "$1")
    .trim();
}
