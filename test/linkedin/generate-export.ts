import { mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, type Zippable, zipSync } from "fflate";

/**
 * A synthetic LinkedIn export in the real formats (preamble, URL column, `05 Feb 2024`,
 * `"1/29/26, 2:37 PM"`, `2024-11-02 18:03:11 UTC`, comma-joined recipient URLs, group threads,
 * drafts, spam, percent-encoded slugs in Connections.csv and raw Unicode ones elsewhere), with
 * the counts a correct parser must find. Deterministic for a given seed. Used by the tests and
 * by the benchmark (10,000 connections, 5,000 invitations, 50,000 messages).
 */
export interface GenerateOptions {
  connections: number;
  invitations: number;
  messages: number;
  seed?: number;
  /** Header of messages.csv: 2023 (10 columns), 2025 (13 columns), 2026 (13, every field quoted). */
  messagesFormat?: "2023" | "2025" | "2026";
}

export interface GeneratedExport {
  files: Record<
    "Connections.csv" | "Invitations.csv" | "messages.csv" | "Company Follows.csv" | "Profile.csv",
    string
  >;
  expected: {
    connections: number;
    hiddenSkipped: number;
    /** Connections whose slug is percent-encoded in Connections.csv (raw in the other files). */
    encodedSlugs: number;
    invitations: number;
    outgoing: number;
    companyFollows: number;
    /** Messages that count: all but drafts and spam. */
    messageCount: number;
    drafts: number;
    spam: number;
    ownerKey: string;
    lastMessageByKey: Map<string, string>;
  };
}

const OWNER = { first: "Ada", last: "Quill", slug: "ada-quill-owner" };
const FIRST = [
  "Ana",
  "Björn",
  "Chloé",
  "Dev",
  "Émile",
  "Farah",
  "Grace",
  "Hiro",
  "Ines",
  "József",
  "Kofi",
  "Łucja",
];
const LAST = [
  "Okafor",
  "Nowak",
  "Ruiz",
  "Smith, PhD",
  'O"Neil',
  "Zhang",
  "Müller",
  "Tanaka",
  "Dubois",
  "Singh",
];
const COMPANIES = ["Contoso", "Northwind Analytics, Inc.", "Fabrikam", "Initech", "Globex", "Umbrella"];
const POSITIONS = ["Engineer", "Director of People Ops", "Recruiter", "Designer, Platform", "CTO"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const PREAMBLE = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
];
const MESSAGE_HEADERS = {
  "2023":
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER",
  "2025":
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT",
} as const;

interface Person {
  name: string;
  first: string;
  last: string;
  /** The slug as Invitations.csv and messages.csv write it (raw Unicode). */
  slug: string;
  key: string;
}

export function generateExport(options: GenerateOptions): GeneratedExport {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const format = options.messagesFormat ?? "2025";
  const ownerUrl = `https://www.linkedin.com/in/${OWNER.slug}`;
  const ownerName = `${OWNER.first} ${OWNER.last}`;

  // Connections: every 40th row is a hidden profile (date only), every 8th slug is non-ASCII.
  const people: Person[] = [];
  const connectionLines = [
    ...PREAMBLE,
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  let hidden = 0;
  let encodedSlugs = 0;
  for (let index = 0; index < options.connections; index += 1) {
    const date = linkedInDay(random);
    if (index % 40 === 39) {
      connectionLines.push(`,,,,,,${date}`);
      hidden += 1;
      continue;
    }
    const first = pick(FIRST);
    const last = pick(LAST);
    const ascii = index % 8 !== 0;
    const slug = ascii ? `person-${index}` : `józef-łucja-${index}`;
    if (!ascii) encodedSlugs += 1;
    const url = `https://www.linkedin.com/in/${ascii ? slug : encodeURIComponent(slug)}`;
    const email = index % 10 === 0 ? `person${index}@example.com` : "";
    people.push({ name: `${first} ${last}`, first, last, slug, key: `in/${slug}` });
    connectionLines.push(
      [first, last, url, email, pick(COMPANIES), pick(POSITIONS), date].map(csvField).join(","),
    );
  }
  // Current exports end without a newline after the last row.
  const connectionsCsv = connectionLines.join("\n");

  // Invitations: alternately outgoing and incoming; a third of them to people not connected.
  const invitationLines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"];
  let outgoing = 0;
  for (let index = 0; index < options.invitations; index += 1) {
    const other: Person =
      index % 3 === 2 || people.length === 0
        ? { name: `Pending ${index}`, first: "Pending", last: `${index}`, slug: `pending-${index}`, key: "" }
        : pick(people);
    const otherUrl = `https://www.linkedin.com/in/${other.slug}`;
    const isOutgoing = index % 2 === 0;
    if (isOutgoing) outgoing += 1;
    const message = index % 5 === 0 ? "Great meeting you at the meetup, let's connect!" : "";
    const row = isOutgoing
      ? [ownerName, other.name, invitationTime(random), message, "OUTGOING", ownerUrl, otherUrl]
      : [other.name, ownerName, invitationTime(random), message, "INCOMING", otherUrl, ownerUrl];
    invitationLines.push(row.map(csvField).join(","));
  }

  // Messages: conversations of 1 to 4 other people; every 50th message a draft, every 97th spam.
  const header = format === "2023" ? MESSAGE_HEADERS["2023"] : MESSAGE_HEADERS["2025"];
  const columns = header.split(",").length;
  const messageLines = [format === "2026" ? header.split(",").map(quoted).join(",") : header];
  const lastMessageByKey = new Map<string, string>();
  let drafts = 0;
  let spam = 0;
  let conversation: { id: string; members: Person[]; left: number } | undefined;
  // A conversation moves Last interaction only when the owner wrote in it (not a draft, not spam).
  let exchanged = new Map<string, string>();
  let ownerWrote = false;
  const endConversation = () => {
    if (ownerWrote) {
      for (const [key, day] of exchanged) {
        const known = lastMessageByKey.get(key);
        if (known === undefined || day > known) lastMessageByKey.set(key, day);
      }
    }
    exchanged = new Map();
    ownerWrote = false;
  };
  for (let index = 0; index < options.messages; index += 1) {
    if (conversation === undefined || conversation.left === 0) {
      endConversation();
      const size = random() < 0.85 ? 1 : 2 + Math.floor(random() * 3);
      const members = people.length === 0 ? [] : Array.from({ length: size }, () => pick(people));
      conversation = { id: `2-${base64ish(random)}`, members, left: 1 + Math.floor(random() * 12) };
    }
    conversation.left -= 1;
    const members = conversation.members;
    const fromOwner = members.length === 0 || random() < 0.5;
    const sender = fromOwner ? undefined : pick(members);
    const recipients = fromOwner ? members : [...members.filter((member) => member !== sender), undefined];
    const date = messageTime(random);
    const isDraft = format !== "2023" && index % 50 === 49;
    const isSpam = !isDraft && index % 97 === 96;
    if (isDraft) drafts += 1;
    if (isSpam) spam += 1;
    if (!isDraft && !isSpam) {
      const day = date.slice(0, 10);
      if (fromOwner) ownerWrote = true;
      for (const member of members) {
        const known = exchanged.get(member.key);
        if (known === undefined || day > known) exchanged.set(member.key, day);
      }
    }
    const nameOf = (person: Person | undefined) => (person === undefined ? ownerName : person.name);
    const urlOf = (person: Person | undefined) =>
      person === undefined ? ownerUrl : `https://www.linkedin.com/in/${person.slug}`;
    const content =
      index % 7 === 0
        ? `Hi ${nameOf(recipients[0])},\nthanks for the "intro" — free Thursday, 3pm?`
        : `Message ${index}: following up on our chat, let me know what works.`;
    const cells = [
      conversation.id,
      members.length > 1 ? "Project group" : "",
      nameOf(sender),
      urlOf(sender),
      recipients.map(nameOf).join(", "),
      recipients.map(urlOf).join(","),
      date,
      "",
      content,
      isSpam ? "SPAM" : "INBOX",
      "",
      isDraft ? "Yes" : "No",
      "No",
    ].slice(0, columns);
    messageLines.push(cells.map(format === "2026" ? quoted : csvField).join(","));
  }

  endConversation();

  // Company Follows: the real Java date format.
  const followLines = ["Organization,Followed On"];
  const follows = Math.min(50, Math.max(1, Math.floor(options.connections / 100)));
  for (let index = 0; index < follows; index += 1) {
    followLines.push([`${pick(COMPANIES)} ${index}`, javaDate(random)].map(csvField).join(","));
  }

  const profileCsv = [
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers",
    `${OWNER.first},${OWNER.last},,,,"Engineer, writer",,Software Development,,"London, England, United Kingdom",,,`,
  ].join("\n");

  return {
    files: {
      "Connections.csv": connectionsCsv,
      "Invitations.csv": `${invitationLines.join("\n")}\n`,
      "messages.csv": `${messageLines.join("\n")}\n`,
      "Company Follows.csv": `${followLines.join("\n")}\n`,
      "Profile.csv": `${profileCsv}\n`,
    },
    expected: {
      connections: people.length,
      hiddenSkipped: hidden,
      encodedSlugs,
      invitations: options.invitations,
      outgoing,
      companyFollows: follows,
      messageCount: options.messages - drafts - spam,
      drafts,
      spam,
      ownerKey: `in/${OWNER.slug}`,
      lastMessageByKey,
    },
  };
}

/**
 * Writes a generated export to disk: as LinkedIn's zip (`Basic_LinkedInDataExport_...zip`,
 * files at the root) or as an unpacked folder. Returns the path to load and the expectations.
 */
export async function writeGeneratedExport(
  directory: string,
  options: GenerateOptions & { as?: "zip" | "folder"; modified?: Date },
): Promise<{ path: string; expected: GeneratedExport["expected"] }> {
  const { files, expected } = generateExport(options);
  const modified = options.modified ?? new Date(2026, 0, 29, 12, 0, 0);
  await mkdir(directory, { recursive: true });
  if ((options.as ?? "zip") === "zip") {
    const path = join(directory, "LinkedIn export.zip");
    const entries: Zippable = {};
    for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime: modified }];
    await writeFile(path, zipSync(entries));
    return { path, expected };
  }
  const path = join(directory, "export");
  await mkdir(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(path, name), text);
    await utimes(join(path, name), modified, modified);
  }
  return { path, expected };
}

/** Quotes a field only when CSV needs it, as LinkedIn does. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? quoted(value) : value;
}

function quoted(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDate(random: () => number): Date {
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2026, 0, 28);
  return new Date(start + Math.floor(random() * (end - start)));
}

const pad = (value: number) => String(value).padStart(2, "0");

/** `05 Feb 2024`, as Connections.csv writes it. */
function linkedInDay(random: () => number): string {
  const date = randomDate(random);
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `1/29/26, 2:37 PM`, as Invitations.csv writes it (no time zone). */
function invitationTime(random: () => number): string {
  const date = randomDate(random);
  const hour = date.getUTCHours();
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const year = String(date.getUTCFullYear()).slice(2);
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${year}, ${twelve}:${pad(date.getUTCMinutes())} ${hour < 12 ? "AM" : "PM"}`;
}

/** `2024-11-02 18:03:11 UTC`, as messages.csv writes it. */
function messageTime(random: () => number): string {
  return `${randomDate(random).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** `Sat Dec 14 08:57:55 UTC 2024`, as Company Follows.csv writes it. */
function javaDate(random: () => number): string {
  const date = randomDate(random);
  const time = date.toISOString().slice(11, 19);
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCDate())} ${time} UTC ${date.getUTCFullYear()}`;
}

function base64ish(random: () => number): string {
  return Buffer.from(Array.from({ length: 24 }, () => Math.floor(random() * 256))).toString("base64");
}
