/**
 * Every placeholder a template may use, with what it stands for: the one list the README, the
 * Templates tab and docs/drafts.md show. Unknown placeholders stop the run.
 */
export const PLACEHOLDER_DESCRIPTIONS = {
  first_name:
    "the name to greet them by: First name column, else the first name in Name, titles and post-nominals dropped, case fixed",
  name: "Name as typed",
  company: "Company",
  title: "Title",
  met_at: "Met at as typed",
  relationship: "Relationship (blank for None)",
  recent_post: "Recent post as typed",
  milestone: "Milestone as typed",
  shared_interest: "the first of their Interests that is also in My interests",
  my_name: "the My name setting",
  how_we_know: 'how you know them, as a sentence: "It was great meeting you at Web Summit"',
  how_we_met: 'what follows "since": "we met at Web Summit", "we worked together at Contoso"',
  milestone_phrase:
    'the Milestone as a congratulation: "congratulations on your new role as Head of Design at Contoso" ("congratulations" when blank)',
  post_phrase: 'their Recent post: "your post on AI in healthcare", "your post “10 Tips”"',
  post_topic: "the subject of their Recent post when it names one (not a title or a link)",
} as const;

export type Placeholder = keyof typeof PLACEHOLDER_DESCRIPTIONS;
export const PLACEHOLDERS = Object.keys(PLACEHOLDER_DESCRIPTIONS) as readonly Placeholder[];

/** Phrases Tend writes in lower case: capitalized where they start a sentence. */
export const SENTENCE_PHRASES: ReadonlySet<Placeholder> = new Set([
  "how_we_know",
  "how_we_met",
  "milestone_phrase",
  "post_phrase",
]);
