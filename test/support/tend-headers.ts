/** The headers a run or `init` adds to a table that has none of Tend's columns, in order (CONTACTS.md). */
export const TEND_HEADERS = [
  "Suggested action",
  "Why",
  "Priority",
  "Due",
  "Draft message",
  "Done",
  "Snooze until",
] as const;
