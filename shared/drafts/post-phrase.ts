import { withoutEmoji, withoutEndPunctuation } from "./your-words.js";

export interface PostPhrase {
  /** "your post on AI in healthcare", "your post “10 Tips”", "your recent post"; "" for no post. */
  phrase: string;
  /** The subject when the cell names one ("AI in healthcare"); "" for a title or a link. */
  topic: string;
}

/**
 * The Recent post cell holds a topic ("AI in healthcare") or a title someone copied ("My new
 * blog post: 10 Tips!"): a topic is written after "on", a title in quotes without its own end
 * punctuation, so that a draft never says "Tips!." or leaves a quote open.
 */
export function postPhrase(text: string): PostPhrase {
  const trimmed = text.trim();
  if (trimmed === "") return { phrase: "", topic: "" };
  return plainPostPhrase(trimmed) ?? anyPostPhrase(trimmed);
}

// Plain words (ASCII letters and digits, one space apart), as most topics are typed: no link,
// quote, emoji, label or punctuation to look for, so the dozen expressions below are skipped
// (each costs its compilation on a first run). `anyPostPhrase` reads them the same.
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** `anyPostPhrase` for text of plain words; `undefined` for any other text. */
export function plainPostPhrase(trimmed: string): PostPhrase | undefined {
  if (!PLAIN_WORDS.test(trimmed)) return undefined;
  if (SENTENCE_START.test(trimmed) || isTitleCase(trimmed))
    return { phrase: `your post “${trimmed}”`, topic: "" };
  const topic = trimmed.replace(/^(?:about|on|re) /i, "");
  return { phrase: `your post on ${topic}`, topic };
}

/** Every word longer than three letters capitalised ("Ten Tips For Teams"), as `looksLikeTopic` tells a title. */
function isTitleCase(words: string): boolean {
  let long = 0;
  for (const word of words.split(" ")) {
    if (word.length <= 3) continue;
    long++;
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    if (!(first >= 65 && first <= 90 && second >= 97 && second <= 122)) return false;
  }
  return long >= 2;
}

/** The phrase for any non-blank trimmed text. */
export function anyPostPhrase(trimmed: string): PostPhrase {
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(trimmed)) return { phrase: "your recent post", topic: "" };
  const quoted = /^["“”'‘’«»„]/.test(trimmed);
  const unquoted = withInnerQuotes(trimmed.replace(/^["“”'‘’«»„]+|["“”'‘’«»„]+$/g, ""));
  const title = withoutLabel(withoutEndPunctuation(withoutEmoji(unquoted)));
  if (title === "") return { phrase: "your recent post", topic: "" };
  if (!quoted && looksLikeTopic(title, trimmed)) {
    const topic = title.replace(/^(?:about|on|re)\s+/i, "");
    return { phrase: `your post on ${topic}`, topic };
  }
  return { phrase: `your post “${title}”`, topic: "" };
}

/** Quotes inside a title become single quotes, in pairs: the draft's own quotes stay balanced. */
function withInnerQuotes(title: string): string {
  const paired = title.replace(/["“„«]([^"“”„«»]*)["”»]/g, "‘$1’");
  return paired.replace(/["“”„«»]/g, "");
}

/** "My new blog post: 10 Tips" names the post, not its subject: only "10 Tips" is kept. */
function withoutLabel(title: string): string {
  const label =
    /^(?:(?:my|our)\s+)?(?:(?:new|latest|recent|first)\s+)*(?:blog\s+)?(?:post|article|blog|video|podcast|episode|newsletter)(?:\s+is\s+(?:out|live|up))?\s*[:–—-]\s*/i;
  const rest = title.replace(label, "");
  return rest === "" ? title : rest;
}

const SENTENCE_START =
  /^(?:i|i'm|i’m|we|we're|my|our|just|excited|thrilled|happy|proud|today|this|here's|here’s|how|why|what|when|who|new|announcing|introducing|the|a|an)\b|^\d/i;

/** A topic is a lower-case phrase: no sentence punctuation, no sentence start, not Title Case. */
function looksLikeTopic(title: string, original: string): boolean {
  if (/[:!?|]|\s[–—-]\s/.test(original) || SENTENCE_START.test(title)) return false;
  const words = title.split(/\s+/).filter((word) => word.length > 3);
  const capitalized = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
  return words.length < 2 || capitalized.length < words.length;
}
