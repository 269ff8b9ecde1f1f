/**
 * The columns of the contacts table (CONTACTS.md), declared once. Every store finds them by
 * header text through `matchHeaders`, so a header is renamed or given an alias here only.
 */
export const INPUT_COLUMNS = {
  name: { header: "Name", aliases: ["Full Name", "Contact Name"] },
  linkedinUrl: {
    header: "LinkedIn URL",
    aliases: ["URL", "Profile URL", "LinkedIn", "LinkedIn Profile", "LinkedIn Profile URL", "LinkedIn Link"],
  },
  type: { header: "Type", aliases: ["Contact Type"] },
  company: { header: "Company", aliases: ["Organization", "Organisation", "Current Company", "Employer"] },
  title: { header: "Title", aliases: ["Position", "Role", "Job Title", "Current Position"] },
  relationship: { header: "Relationship", aliases: ["How we know each other", "How do we know each other"] },
  metAt: { header: "Met at", aliases: ["Where we met"] },
  status: { header: "Status", aliases: ["LinkedIn Status", "Connection Status"] },
  aligned: { header: "Aligned", aliases: ["Aligned?", "Aligned with goals"] },
  mutualConnections: { header: "Mutual connections", aliases: ["Mutuals", "Mutual", "Shared connections"] },
  profile: { header: "Profile", aliases: ["Profile review", "Profile looks"] },
  requestedOn: { header: "Requested on", aliases: ["Request sent on", "Invited on"] },
  followedUpOn: { header: "Followed up on", aliases: ["Follow-up sent on", "Followed up"] },
  followedOn: { header: "Followed on", aliases: ["Following since"] },
  connectedOn: { header: "Connected on", aliases: ["Date connected"] },
  lastInteraction: {
    header: "Last interaction",
    aliases: ["Last contact", "Last contacted", "Last contact date", "Last touch", "Last interaction on"],
  },
  keepInTouchDays: {
    header: "Keep in touch (days)",
    aliases: ["Keep in touch", "Keep in touch days", "Cadence", "Cadence (days)", "Cadence days"],
  },
  interests: { header: "Interests", aliases: ["Topics", "Tags"] },
  recentPost: { header: "Recent post", aliases: ["Latest post", "Recent activity"] },
  milestone: { header: "Milestone", aliases: ["Recent milestone"] },
  milestoneOn: { header: "Milestone on", aliases: ["Milestone date"] },
  recentPostOn: { header: "Recent post on", aliases: ["Recent post date", "Posted on", "Latest post on"] },
  askedForInterviewOn: {
    header: "Asked for interview on",
    aliases: ["Interview asked on", "Informational interview asked on", "Asked for interview"],
  },
  /** "I did the suggested action" (RULES.md §0): a tick or the day it was done. Not a date column. */
  done: { header: "Done", aliases: ["Done?", "Did it"] },
  snoozeUntil: { header: "Snooze until", aliases: ["Snoozed until", "Snooze", "Not before"] },
  notes: { header: "Notes", aliases: ["Note", "Other Notes", "Comments"] },
  /** Only read together with Last Name, when there is no Name column. */
  firstName: { header: "First Name", aliases: ["First", "Given Name"] },
  lastName: { header: "Last Name", aliases: ["Last", "Surname", "Family Name"] },
} as const;

export type InputColumn = keyof typeof INPUT_COLUMNS;

/** The input columns that hold dates. */
export const DATE_COLUMNS = [
  "requestedOn",
  "followedUpOn",
  "followedOn",
  "connectedOn",
  "lastInteraction",
  "milestoneOn",
  "recentPostOn",
  "askedForInterviewOn",
  "snoozeUntil",
] as const satisfies readonly InputColumn[];
export type DateColumn = (typeof DATE_COLUMNS)[number];
export const DATE_COLUMN_SET: ReadonlySet<string> = new Set(DATE_COLUMNS);

// No aliases for output columns: a user's own "Next action" or "Draft" column must never be overwritten.
export const OUTPUT_COLUMNS = {
  suggestedAction: { header: "Suggested action", aliases: [] },
  why: { header: "Why", aliases: [] },
  priority: { header: "Priority", aliases: [] },
  due: { header: "Due", aliases: [] },
  draftMessage: { header: "Draft message", aliases: [] },
} as const;

export type OutputColumn = keyof typeof OUTPUT_COLUMNS;

export const OUTPUT_COLUMN_KEYS = Object.keys(OUTPUT_COLUMNS) as OutputColumn[];

/** Input columns `init` creates and a run adds when the table lacks them: how the user talks back to Tend. */
export const TALK_BACK_COLUMNS = ["done", "snoozeUntil"] as const satisfies readonly InputColumn[];

/** The columns a new table gets, in this order (`tend init`, the sample workbook). */
export const TABLE_COLUMN_ORDER: readonly (InputColumn | OutputColumn)[] = [
  "name",
  "linkedinUrl",
  "type",
  "company",
  "title",
  "relationship",
  "metAt",
  "status",
  "aligned",
  "mutualConnections",
  "profile",
  "requestedOn",
  "followedUpOn",
  "followedOn",
  "connectedOn",
  "lastInteraction",
  "keepInTouchDays",
  "interests",
  "recentPost",
  "milestone",
  "milestoneOn",
  "notes",
  ...OUTPUT_COLUMN_KEYS,
  ...TALK_BACK_COLUMNS,
];

export function headerOf(column: InputColumn | OutputColumn): string {
  return column in OUTPUT_COLUMNS
    ? OUTPUT_COLUMNS[column as OutputColumn].header
    : INPUT_COLUMNS[column as InputColumn].header;
}

/** Output cells as the stores hold them: text, "" for blank. */
export type OutputCells = Record<OutputColumn, string>;

export const BLANK_OUTPUT: OutputCells = {
  suggestedAction: "",
  why: "",
  priority: "",
  due: "",
  draftMessage: "",
};
