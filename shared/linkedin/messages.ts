import { type CsvRow, cellOf, readCsvTable } from "./csv-table.js";
import { parseMessageDate } from "./export-dates.js";
import type { ExportProblem } from "./export-file-error.js";
import { cachedKeys, toProfileKey } from "./profile-key.js";

export interface MessagesOptions {
  /** The export owner's key or profile URL, when known (Profile.csv, Invitations.csv). */
  ownerKey?: string;
  /** The owner's name from Profile.csv: the sender URL written under it is the owner's. */
  ownerName?: string;
}

export interface MessagesSummary {
  /** Profile key -> ISO day (UTC) of the latest message exchanged with that person. */
  lastMessageByKey: Map<string, string>;
  /** The owner whose own key is left out of the map; absent when it could not be told. */
  ownerKey?: string;
  /** Messages that counted (drafts and spam left out). */
  messageCount: number;
  draftsSkipped: number;
  spamSkipped: number;
  problems: ExportProblem[];
}

/** One message reduced to what the summary needs. */
interface Message {
  conversation: string;
  day: string;
  sender: string | undefined;
  senderName: string;
  recipients: readonly string[];
}

function isMessagesHeader(keys: ReadonlySet<string>): boolean {
  return keys.has("date") && (keys.has("senderprofileurl") || keys.has("conversationid"));
}

// Several URLs share one cell, joined by commas without spaces; split on any separator so a
// tool that re-joined them with spaces or semicolons still works. URLs hold none of these.
const URL_SEPARATORS = /[\s,;]+/;

/**
 * The latest message day per person from messages.csv, without keeping the messages.
 * Columns are found by header name (they change from year to year). Only conversations in
 * which the owner wrote at least one message count (a recruiter's unanswered InMail is not a
 * relationship); when the owner cannot be told, every conversation does. A message counts for
 * its sender and every recipient except the owner; when it has no recipient URLs (files before
 * mid-2023 have no such column, sponsored rows leave it empty) it counts for everyone seen
 * in the same conversation. Drafts and the SPAM folder are not exchanges and are left out.
 */
export function parseMessages(
  text: string,
  fileName: string,
  options: MessagesOptions = {},
): MessagesSummary {
  const table = readCsvTable(
    text,
    fileName,
    isMessagesHeader,
    "CONVERSATION ID, SENDER PROFILE URL and DATE",
  );
  const problems: ExportProblem[] = [];
  if (table.empty) problems.push({ file: fileName, problem: "the file is empty" });
  const at = {
    conversation: table.column("conversationid"),
    from: table.column("from"),
    sender: table.column("senderprofileurl"),
    recipients: table.column("recipientprofileurls") ?? table.column("recipientprofileurl"),
    date: table.column("date"),
    folder: table.column("folder"),
    messageDraft: table.column("ismessagedraft"),
    conversationDraft: table.column("isconversationdraft"),
  };
  const keyOf = cachedKeys();
  const recipientCache = new Map<string, readonly string[]>();
  const recipientsOf = (cell: string): readonly string[] => {
    let keys = recipientCache.get(cell);
    if (keys === undefined) {
      const found = new Set<string>();
      for (const part of cell.split(URL_SEPARATORS)) {
        const key = part === "" ? undefined : keyOf(part);
        if (key !== undefined) found.add(key);
      }
      keys = [...found];
      recipientCache.set(cell, keys);
    }
    return keys;
  };

  const messages: Message[] = [];
  let draftsSkipped = 0;
  let spamSkipped = 0;
  for (const row of table.rows) {
    if (isYes(cellOf(row, at.messageDraft)) || isYes(cellOf(row, at.conversationDraft))) {
      draftsSkipped += 1;
      continue;
    }
    if (cellOf(row, at.folder).trim().toUpperCase() === "SPAM") {
      spamSkipped += 1;
      continue;
    }
    const dateText = cellOf(row, at.date);
    const day = parseMessageDate(dateText.trim());
    if (day === undefined) {
      problems.push(dateProblem(fileName, row, dateText));
      continue;
    }
    messages.push({
      conversation: cellOf(row, at.conversation),
      day,
      sender: keyOf(cellOf(row, at.sender)),
      senderName: cellOf(row, at.from),
      recipients: recipientsOf(cellOf(row, at.recipients)),
    });
  }

  const participants = conversationParticipants(messages);
  const ownerKey =
    (options.ownerKey === undefined ? undefined : toProfileKey(options.ownerKey)) ??
    (options.ownerName === undefined ? undefined : ownerByName(messages, options.ownerName)) ??
    ownerByPresence(messages, participants);
  // An unanswered InMail is not a relationship: only conversations the owner wrote in count.
  const ownerWroteIn = new Set<string>();
  for (const message of messages) {
    if (ownerKey !== undefined && message.sender === ownerKey) ownerWroteIn.add(message.conversation);
  }
  const counts = (message: Message) =>
    ownerKey === undefined ||
    (message.conversation === "" ? message.sender === ownerKey : ownerWroteIn.has(message.conversation));
  const lastMessageByKey = new Map<string, string>();
  const touch = (key: string | undefined, day: string) => {
    if (key === undefined || key === ownerKey) return;
    const known = lastMessageByKey.get(key);
    // ISO days compare correctly as strings.
    if (known === undefined || day > known) lastMessageByKey.set(key, day);
  };
  for (const message of messages) {
    if (!counts(message)) continue;
    touch(message.sender, message.day);
    const others =
      message.recipients.length > 0 ? message.recipients : (participants.get(message.conversation) ?? []);
    for (const key of others) touch(key, message.day);
  }
  return {
    lastMessageByKey,
    ...(ownerKey === undefined ? {} : { ownerKey }),
    messageCount: messages.length,
    draftsSkipped,
    spamSkipped,
    problems,
  };
}

function isYes(cell: string): boolean {
  const value = cell.trim().toLowerCase();
  return value === "yes" || value === "true";
}

function dateProblem(file: string, row: CsvRow, value: string): ExportProblem {
  const problem =
    value.trim() === "" ? "DATE is empty; message skipped" : "DATE is not a date; message skipped";
  return { file, line: row.line, value, problem };
}

/** Everyone with a URL who wrote in, or was written to in, each conversation. */
function conversationParticipants(messages: readonly Message[]): Map<string, Set<string>> {
  const participants = new Map<string, Set<string>>();
  for (const message of messages) {
    if (message.conversation === "") continue;
    let keys = participants.get(message.conversation);
    if (keys === undefined) {
      keys = new Set();
      participants.set(message.conversation, keys);
    }
    if (message.sender !== undefined) keys.add(message.sender);
    for (const key of message.recipients) keys.add(key);
  }
  return participants;
}

/** The URL most often written under the owner's name (names alone collide, URLs do not). */
function ownerByName(messages: readonly Message[], ownerName: string): string | undefined {
  const wanted = normalName(ownerName);
  if (wanted === "") return undefined;
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.sender !== undefined && normalName(message.senderName) === wanted) {
      counts.set(message.sender, (counts.get(message.sender) ?? 0) + 1);
    }
  }
  return uniqueMax(counts);
}

/**
 * The owner takes part in every conversation of their own export: the key seen in the most
 * conversations, then in the most messages. A tie means it cannot be told (one lone thread).
 */
function ownerByPresence(
  messages: readonly Message[],
  participants: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  const conversations = new Map<string, number>();
  for (const keys of participants.values()) {
    for (const key of keys) conversations.set(key, (conversations.get(key) ?? 0) + 1);
  }
  const best = topKeys(conversations);
  if (best.length === 1) return best[0];
  if (best.length === 0) return undefined;
  const candidates = new Set(best);
  const appearances = new Map<string, number>();
  const count = (key: string | undefined) => {
    if (key !== undefined && candidates.has(key)) appearances.set(key, (appearances.get(key) ?? 0) + 1);
  };
  for (const message of messages) {
    count(message.sender);
    for (const key of message.recipients) count(key);
  }
  return uniqueMax(appearances);
}

function topKeys(counts: ReadonlyMap<string, number>): string[] {
  let max = 0;
  let keys: string[] = [];
  for (const [key, count] of counts) {
    if (count > max) {
      max = count;
      keys = [key];
    } else if (count === max) {
      keys.push(key);
    }
  }
  return keys;
}

function uniqueMax(counts: ReadonlyMap<string, number>): string | undefined {
  const keys = topKeys(counts);
  return keys.length === 1 ? keys[0] : undefined;
}

function normalName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
