import { headerOf, TABLE_COLUMN_ORDER } from "../shared/contacts/columns.js";
import { type Day, isoDay } from "../shared/contacts/days.js";

const FIRST_NAMES = [
  "Ana",
  "Ben",
  "Chloé",
  "David",
  "Elif",
  "Farah",
  "Grace",
  "Hiro",
  "Ines",
  "Jonas",
  "Kwame",
  "Lena",
  "Marta",
  "Noah",
  "Olga",
  "Pedro",
  "Quinn",
  "Rosa",
  "Sven",
  "Tariq",
];
const LAST_NAMES = [
  "Silva",
  "Okafor",
  "Müller",
  "Nguyen",
  "Kowalski",
  "García",
  "Smith",
  "Tanaka",
  "Rossi",
  "Haddad",
  "Johansson",
  "Dubois",
  "Kim",
  "Novak",
  "O'Brien",
  "Costa",
  "Fischer",
  "Patel",
  "Moreau",
  "Lindqvist",
];

/**
 * A name as people type them: mostly "First Last", one in ten with what the greeting has to
 * undo (a title, "Last, First", capitals, a particle, a post-nominal).
 */
function personName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] as string;
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length] as string;
  switch (index % 40) {
    case 3:
      return `Dr. ${first} ${last}`;
    case 11:
      return `${last}, ${first}`;
    case 19:
      return `${first} ${last}`.toUpperCase();
    case 27:
      return `${first} van der ${last}`;
    default:
      return index % 10 === 5 ? `${first} ${last}, PhD` : `${first} ${last}`;
  }
}

/**
 * A realistic mix of N contacts for benchmarks: every status, relationships, dates spread over
 * two years, some recent posts and milestones, a few bad rows and duplicates. Deterministic.
 */
export function generateContacts(count: number, today: Day): { header: string[]; rows: string[][] } {
  const header = TABLE_COLUMN_ORDER.filter(
    (column) => !["suggestedAction", "why", "priority", "due", "draftMessage"].includes(column),
  ).map(headerOf);
  const statuses = [
    "",
    "Following",
    "Request sent",
    "Incoming request",
    "Connected",
    "Connected",
    "Connected",
    "Withdrawn",
  ];
  const relationships = [
    "",
    "Met in person",
    "Worked together",
    "Classmate",
    "Interacted online",
    "Admire their work",
    "",
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const daysAgo = (max: number) => isoDay(today - Math.floor(random() * max));
  const rows: string[][] = [];
  for (let index = 0; index < count; index++) {
    const status = pick(statuses);
    const slug = index % 500 === 499 ? `person-${index - 1}` : `person-${index}`;
    const row: Record<string, string> = {
      Name: personName(index),
      "LinkedIn URL": `https://www.linkedin.com/in/${slug}`,
      Company: pick(["Northwind", "Contoso", "Fabrikam", "Globex", "Initech"]),
      Title: pick(["Engineer", "Designer", "Manager", "Director"]),
      Relationship: pick(relationships),
      "Met at": random() < 0.3 ? "a conference" : "",
      Status: index % 997 === 0 ? "Pendng" : status,
      Aligned: pick(["", "", "Yes", "No"]),
      "Mutual connections": random() < 0.5 ? String(Math.floor(random() * 10)) : "",
      "Requested on": status === "Request sent" ? daysAgo(60) : "",
      "Followed up on": status === "Request sent" && random() < 0.3 ? daysAgo(20) : "",
      "Followed on": status === "Following" ? daysAgo(200) : "",
      "Connected on": status === "Connected" ? daysAgo(700) : "",
      "Last interaction": random() < 0.5 ? daysAgo(300) : "",
      Interests: "developer tools, climate tech",
      "Recent post": random() < 0.2 ? "platform engineering" : "",
      Milestone: random() < 0.05 ? "New role" : "",
      Notes: random() < 0.1 ? "met through a friend" : "",
    };
    rows.push(header.map((name) => row[name] ?? ""));
  }
  return { header, rows };
}
