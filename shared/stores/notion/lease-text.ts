import type { RichTextItemResponse } from "@notionhq/client";

/** The run lease's options, and the lease as a line of a data source's description (see run-lease.ts). */
export interface LeaseOptions {
  /** How long the lease holds without a renewal: a dead run blocks the database this long at most. */
  ttlMs?: number;
  /** The wait between writing the lease and reading it back. */
  settleMs?: number;
  /** The longest read-to-written time for which the read-back proves the lease (default settleMs). */
  maxGapMs?: number;
  /** Wall clock, for the expiry time written in Notion. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_LEASE_TTL_MS = 15 * 60 * 1000;
export const DEFAULT_LEASE_SETTLE_MS = 1500;

export interface Lease {
  runId: string;
  expiresAt: number;
}

const LEASE_TEXT =
  /\n?Tend run lease: run ([\w-]+) until (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)(?: \(a Tend run is writing; this line goes away when it ends\))?/;

/**
 * The lease written in a description, if any. Looked for in the text of every item, not as an
 * item of its own: Notion may join neighbouring pieces of text with the same formatting.
 */
export function leaseIn(description: readonly RichTextItemResponse[]): Lease | undefined {
  for (const item of description) {
    const match = LEASE_TEXT.exec(item.plain_text);
    if (match) return { runId: match[1] as string, expiresAt: Date.parse(match[2] as string) };
  }
  return undefined;
}

/** The description without its lease line(s): the user's text, as the user wrote it. */
export function withoutLease(description: readonly RichTextItemResponse[]): RichTextItemResponse[] {
  const kept: RichTextItemResponse[] = [];
  for (const item of description) {
    if (!LEASE_TEXT.test(item.plain_text)) {
      kept.push(item);
      continue;
    }
    // Only a text item can have been joined with the lease line; a mention or equation cannot hold it.
    if (item.type !== "text") continue;
    const content = item.text.content.replace(new RegExp(LEASE_TEXT, "g"), "");
    if (content !== "") kept.push({ ...item, plain_text: content, text: { ...item.text, content } });
  }
  return kept;
}

/** "2026-11-25 07:15 UTC" */
export function shownTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
