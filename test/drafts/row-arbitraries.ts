import fc from "fast-check";
import type { Cells } from "../support/a-contact.js";

/** First names whose usual spelling survives upper- or lower-casing the whole name. */
const FIRST_NAMES = ["Jane", "José", "Ana-Lucía", "Mary-Kate", "Jean-Luc", "Priya", "Pieter", "Émile", "Zoë"];
const LAST_NAMES = [
  "Smith",
  "O'Brien",
  "van der Berg",
  "McDonald",
  "García",
  "Müller",
  "Nayak",
  "de la Cruz",
];
const TITLES = ["", "Dr. ", "Prof. ", "Prof. Dr. ", "Mr ", "Mrs. ", "Ms ", "Sir "];
const POST_NOMINALS = ["", ", PhD", ", MSc, MBA", ", Jr."];

export interface NamedRow {
  cells: Cells;
  /** The name a person would greet them by; "" when the row gives none. */
  greeting: string;
}

const typedName = fc
  .record({
    title: fc.constantFrom(...TITLES),
    first: fc.constantFrom(...FIRST_NAMES),
    last: fc.constantFrom(...LAST_NAMES),
    suffix: fc.constantFrom(...POST_NOMINALS),
    lastFirst: fc.boolean(),
    typedIn: fc.constantFrom("as is", "upper", "lower"),
    emoji: fc.constantFrom("", " 🚀", " 🇵🇹"),
  })
  .map(({ title, first, last, suffix, lastFirst, typedIn, emoji }): NamedRow => {
    const written = lastFirst ? `${last}, ${title}${first}${suffix}` : `${title}${first} ${last}${suffix}`;
    const name =
      typedIn === "upper" ? written.toUpperCase() : typedIn === "lower" ? written.toLowerCase() : written;
    return { cells: { name: `${name}${emoji}` }, greeting: first };
  });

const mixedCaseName = fc
  .constantFrom("DeShawn Jones", "AJ Smith", "Dr. LeAnn McKay", "李小龍")
  .map((name): NamedRow => ({ cells: { name }, greeting: name.replace(/^Dr\. /, "").split(" ")[0] ?? "" }));

const firstNameColumn = fc
  .record({ first: fc.constantFrom(...FIRST_NAMES), last: fc.constantFrom(...LAST_NAMES) })
  .map(
    ({ first, last }): NamedRow => ({
      cells: { name: undefined, firstName: first, lastName: last },
      greeting: first,
    }),
  );

const noName = fc
  .constantFrom("", "Dr. Smith", "Mr Smith", "🚀", "Prof.")
  .map((name): NamedRow => ({ cells: { name: name === "" ? undefined : name }, greeting: "" }));

export const namedRow: fc.Arbitrary<NamedRow> = fc.oneof(typedName, mixedCaseName, firstNameColumn, noName);

const endPunctuation = fc.constantFrom("", ".", "!", "?", "...", "!!", " 🎉");
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const milestone = fc
  .tuple(
    fc.constantFrom(
      "New role: Head of Design at Contoso",
      "New role:  at Contoso",
      "New role: CTO at ",
      "Started a new position as Staff Engineer at Globex",
      "Joined Contoso as PM",
      "Promoted to VP Engineering",
      "5 years at Contoso",
      "launched our new product",
      "raised a Series A",
      "closed our seed round",
      "won the Design award",
      "Moved to Lisbon",
      "Got married",
    ),
    endPunctuation,
  )
  .map(([text, end]) => `${text}${end}`);

const recentPost = fc
  .tuple(
    fc.constantFrom(
      "AI in healthcare",
      "async traits in Rust",
      "My new blog post: 10 Tips",
      '"Why we left Kubernetes"',
      "Is AI overhyped?",
      "Excited to share that we launched X",
      "https://www.linkedin.com/posts/ana_activity-1",
      "The State of dbt",
    ),
    endPunctuation,
  )
  .map(([text, end]) => `${text}${end}`);

/** Rows as people fill them: any mix of filled and blank cells, typed with their own punctuation. */
export const contactCells: fc.Arbitrary<{ cells: Cells; greeting: string }> = fc
  .record({
    named: namedRow,
    slug: fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
    company: optional(fc.constantFrom("Acme", "Contoso", "Acme Inc.", "Globex Corp.")),
    title: optional(fc.constantFrom("CTO", "Head of Design", "VP Engineering", "Founder & CEO")),
    relationship: optional(
      fc.constantFrom(
        "Met in person",
        "Worked together",
        "Classmate",
        "Interacted online",
        "Admire their work",
        "None",
      ),
    ),
    metAt: optional(
      fc.constantFrom(
        "Stanford",
        "Web Summit",
        "Twitter",
        "dbt Slack",
        "the Berlin meetup",
        "RustConf 🦀",
        "a friend's wedding.",
      ),
    ),
    recentPost: optional(recentPost),
    milestone: optional(milestone),
    interests: optional(fc.constantFrom("Design systems, climate", "Rust", "climate")),
  })
  .map(({ named, slug, ...cells }) => ({
    cells: { ...cells, ...named.cells, linkedinUrl: `https://www.linkedin.com/in/${slug}` },
    greeting: named.greeting,
  }));

export const settingsRows = fc.record({
  "My name": fc.constantFrom("", "Sam Lee"),
  "My interests": fc.constantFrom("", "climate, Rust"),
  "Note limit": fc.integer({ min: 40, max: 300 }).map(String),
});
