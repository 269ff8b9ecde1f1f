import type { InputColumn, OutputColumn } from "../../contacts/columns.js";

/** A data source property as `dataSources.retrieve` describes it (the part Tend needs). */
export interface PropertySchema {
  id: string;
  name: string;
  type: string;
  select?: { options: SelectOption[] };
}

export interface SelectOption {
  id?: string;
  name: string;
  color?: string;
}

const TEXT = ["title", "rich_text", "select", "multi_select", "status", "url", "email", "phone_number"];
const CHOICE = ["select", "status", "multi_select", "title", "rich_text"];
const COMPUTED = ["formula", "rollup"];

/**
 * The Notion property types Tend reads for each column. Computed types (formula, rollup) are read
 * by the type of their value. Anything else (people for Name, relation for Status...) is a setup
 * error: guessing would read the wrong thing every morning.
 */
const INPUT_TYPES: Record<InputColumn, readonly string[]> = {
  name: [...TEXT, ...COMPUTED],
  linkedinUrl: ["url", "title", "rich_text", ...COMPUTED],
  type: [...CHOICE, ...COMPUTED],
  company: [...TEXT, ...COMPUTED],
  title: [...TEXT, ...COMPUTED],
  relationship: [...CHOICE, ...COMPUTED],
  metAt: [...TEXT, ...COMPUTED],
  status: [...CHOICE, ...COMPUTED],
  // A checkbox is Yes when ticked and unknown when not: it cannot say "blank", and an unticked
  // box most often means "not decided yet", not "No" (which would suggest Unfollow or Hold off).
  aligned: ["checkbox", ...CHOICE, ...COMPUTED],
  mutualConnections: ["number", "title", "rich_text", "select", ...COMPUTED],
  profile: [...CHOICE, ...COMPUTED],
  requestedOn: dateTypes(),
  followedUpOn: dateTypes(),
  followedOn: dateTypes(),
  connectedOn: dateTypes(),
  lastInteraction: dateTypes(),
  keepInTouchDays: ["number", "title", "rich_text", "select", ...COMPUTED],
  interests: [...TEXT, ...COMPUTED],
  recentPost: [...TEXT, ...COMPUTED],
  milestone: [...TEXT, ...COMPUTED],
  milestoneOn: dateTypes(),
  recentPostOn: dateTypes(),
  askedForInterviewOn: dateTypes(),
  // Done is a checkbox in a Tend database; a date or a typed tick works too.
  done: ["checkbox", "date", ...TEXT, "number", ...COMPUTED],
  snoozeUntil: dateTypes(),
  // Notes are never read by the rules, only looked at to tell an empty page from a contact.
  notes: ["*"],
  firstName: [...TEXT, ...COMPUTED],
  lastName: [...TEXT, ...COMPUTED],
};

function dateTypes(): string[] {
  return ["date", "created_time", "last_edited_time", "title", "rich_text", ...COMPUTED];
}

/** What Tend writes into each output property, and the types it can write it into. */
export const OUTPUT_TYPES: Record<OutputColumn, readonly ["select" | "rich_text" | "date", ...string[]]> = {
  suggestedAction: ["select", "rich_text"],
  why: ["rich_text"],
  priority: ["select", "rich_text"],
  due: ["date", "rich_text"],
  draftMessage: ["rich_text"],
};

export function acceptedInputTypes(column: InputColumn): readonly string[] {
  return INPUT_TYPES[column];
}

export function readsType(column: InputColumn, type: string): boolean {
  const accepted = INPUT_TYPES[column];
  return accepted.includes("*") || accepted.includes(type);
}

/** Type names as the Notion app shows them, for messages. */
const SHOWN: Record<string, string> = {
  rich_text: "Text",
  title: "Title",
  select: "Select",
  multi_select: "Multi-select",
  status: "Status",
  url: "URL",
  email: "Email",
  phone_number: "Phone",
  formula: "Formula",
  rollup: "Rollup",
  number: "Number",
  checkbox: "Checkbox",
  date: "Date",
  created_time: "Created time",
  last_edited_time: "Last edited time",
  created_by: "Created by",
  last_edited_by: "Last edited by",
  people: "Person",
  files: "Files & media",
  relation: "Relation",
  unique_id: "ID",
  button: "Button",
  verification: "Verification",
  place: "Place",
};

export function shownType(type: string): string {
  return SHOWN[type] ?? type;
}

export function shownTypes(types: readonly string[]): string {
  const names = types.map(shownType);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
