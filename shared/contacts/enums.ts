/**
 * The enumerated input values (CONTACTS.md) with the few synonyms people obviously mean.
 * Matching ignores case and surrounding spaces; anything else is reported, never guessed.
 */
function enumeration<const T extends string>(values: readonly T[], synonyms: Record<string, T> = {}) {
  const lookup = new Map<string, T>();
  for (const value of values) lookup.set(normalize(value), value);
  for (const [synonym, value] of Object.entries(synonyms)) lookup.set(normalize(synonym), value);
  // A column holds a handful of distinct texts over thousands of rows: each is normalised once.
  const seen = new Map<string, T | null>();
  return {
    values,
    parse: (text: string): T | undefined => {
      let found = seen.get(text);
      if (found === undefined) {
        found = lookup.get(normalize(text)) ?? null;
        if (seen.size < SEEN_LIMIT) seen.set(text, found);
      }
      return found ?? undefined;
    },
    accepted: values.join(", "),
  };
}

/** Enough for every spelling a real table holds, without growing on a column of free text. */
const SEEN_LIMIT = 1000;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

export const CONTACT_TYPES = enumeration(["Person", "Company"], {
  people: "Person",
  individual: "Person",
  organization: "Company",
  organisation: "Company",
});
export type ContactType = (typeof CONTACT_TYPES.values)[number];

export const RELATIONSHIPS = enumeration(
  ["Met in person", "Worked together", "Classmate", "Interacted online", "Admire their work", "None"],
  {
    met: "Met in person",
    colleague: "Worked together",
    "former colleague": "Worked together",
    classmates: "Classmate",
  },
);
export type Relationship = (typeof RELATIONSHIPS.values)[number];

export const STATUSES = enumeration(
  ["Not connected", "Following", "Request sent", "Incoming request", "Connected", "Withdrawn", "Declined"],
  {
    pending: "Request sent",
    "pending request": "Request sent",
    requested: "Request sent",
    invited: "Request sent",
    sent: "Request sent",
    "1st": "Connected",
    "connected (1st)": "Connected",
    followed: "Following",
    follow: "Following",
    incoming: "Incoming request",
    "received request": "Incoming request",
    "request received": "Incoming request",
    "not connected yet": "Not connected",
    none: "Not connected",
    withdraw: "Withdrawn",
    ignored: "Declined",
  },
);
export type Status = (typeof STATUSES.values)[number];

export const ALIGNED = enumeration(["Yes", "No"], { y: "Yes", n: "No", true: "Yes", false: "No" });
export type Aligned = (typeof ALIGNED.values)[number];

export const PROFILES = enumeration(["Complete", "Vague", "Suspicious"], {
  "looks complete": "Complete",
  fake: "Suspicious",
  spam: "Suspicious",
});
export type ProfileReview = (typeof PROFILES.values)[number];

/** "known": the Relationship values that mean you already know each other (RULES.md, Terms). */
export const KNOWN_RELATIONSHIPS: ReadonlySet<Relationship> = new Set([
  "Met in person",
  "Worked together",
  "Classmate",
  "Interacted online",
]);
