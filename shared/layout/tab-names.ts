/** The tab names of a Tend workbook or Google Sheet (CONTACTS.md, Other tabs); matched case-insensitively. */
export const TABS = {
  contacts: "Contacts",
  settings: "Settings",
  templates: "Templates",
  runLog: "Run log",
} as const;

/** The tab of `names` called `name`, ignoring case and surrounding spaces. */
export function findTabName(names: readonly string[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return names.find((candidate) => candidate.trim().toLowerCase() === wanted);
}
