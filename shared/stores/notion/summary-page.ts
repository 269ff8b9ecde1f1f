import {
  APIErrorCode,
  APIResponseError,
  type AppendBlockChildrenParameters,
  type Client,
  isFullBlock,
} from "@notionhq/client";
import { morningSummaryLines, type SummaryPart } from "../../layout/morning-summary.js";
import type { MorningView } from "../../layout/morning-view.js";
import type { RunLogEntry } from "../../layout/run-log.js";
import { shownTime } from "./lease-text.js";
import { plainText } from "./property-values.js";
import { richText } from "./rich-text-chunks.js";

/**
 * The morning view on a Notion page (TEND_NOTION_SUMMARY_PAGE): one callout holding the day,
 * the time of the last successful run, today's list and the network's health. Each run appends
 * the new callout, then deletes the callouts earlier runs left (found by their first words), so
 * the page never shows none: three calls in all (append, list, delete), whatever the list's
 * length. Anything else on the page is the user's and stays.
 */
export const SUMMARY_TITLE = "Tend morning summary";

type Text = { type: "text"; text: { content: string; link?: { url: string } | null }; annotations?: object };
type Block = Record<string, unknown>;

/** What the summary links each listed contact to: its Notion page, by row number. */
export type PageUrlOfRow = (row: number) => string | undefined;

export function summaryBlocks(view: MorningView, log: RunLogEntry, pageUrlOf: PageUrlOfRow): Block[] {
  const lines = morningSummaryLines(view, { filterHint: "filter the database by Due (on or before today)" });
  const children = lines.map((line) =>
    block(
      BLOCK_TYPE[line.kind],
      line.parts.flatMap((part) => texts(part, pageUrlOf)),
    ),
  );
  return [
    {
      type: "callout",
      callout: {
        rich_text: [
          bold(`${SUMMARY_TITLE} · ${view.today}`),
          plain(
            `\nLast successful run: ${shownTime(Date.parse(log.startedAt))} · ${log.contactsRead} contacts read, ${log.rowsChanged} changed`,
          ),
        ],
        icon: { type: "emoji", emoji: "🌱" },
        color: "gray_background",
        children,
      },
    },
  ];
}

/**
 * Puts `blocks` on the page in place of the summaries written before. The append comes first:
 * if a later call fails, the page shows the new summary and an old one, never nothing, and the
 * next run tidies up. A retried append that had gone through leaves a copy; it is deleted too,
 * since only the block the append answered with is kept.
 */
export async function replaceSummary(
  client: Client,
  pageId: string,
  blocks: readonly Block[],
): Promise<void> {
  const appended = await client.blocks.children.append({
    block_id: pageId,
    children: blocks as AppendBlockChildrenParameters["children"],
  });
  const keep = new Set(appended.results.map((result) => result.id));
  const stale: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.blocks.children.list({
      block_id: pageId,
      page_size: 100,
      ...(cursor === undefined ? {} : { start_cursor: cursor }),
    });
    for (const child of page.results) if (!keep.has(child.id) && isSummary(child)) stale.push(child.id);
    cursor = page.has_more && page.next_cursor !== null ? page.next_cursor : undefined;
  } while (cursor !== undefined);
  for (const id of stale) {
    try {
      await client.blocks.delete({ block_id: id });
    } catch (error) {
      // Deleted already (a retried delete that had gone through, or the user): nothing to do.
      if (!isGone(error)) throw error;
    }
  }
}

function isSummary(child: Parameters<typeof isFullBlock>[0]): boolean {
  return (
    isFullBlock(child) &&
    child.type === "callout" &&
    plainText(child.callout.rich_text).startsWith(SUMMARY_TITLE)
  );
}

function isGone(error: unknown): boolean {
  if (!APIResponseError.isAPIResponseError(error)) return false;
  if (error.code === APIErrorCode.ObjectNotFound) return true;
  return error.code === APIErrorCode.ValidationError && /archived|in the trash/i.test(error.message);
}

const BLOCK_TYPE = { heading: "heading_3", paragraph: "paragraph", bullet: "bulleted_list_item" } as const;

/** A part of a line as Notion rich text (split at Notion's 2,000 characters), linked where it links. */
function texts(part: SummaryPart, pageUrlOf: PageUrlOfRow): Text[] {
  const url =
    part.link === undefined ? undefined : "row" in part.link ? pageUrlOf(part.link.row) : part.link.url;
  const pieces: Text[] = part.bold ? [bold(part.text)] : richText(part.text);
  return pieces.map((text) => linked(text, url));
}

function block(type: string, rich_text: Text[]): Block {
  return { type, [type]: { rich_text } };
}

function plain(content: string): Text {
  return { type: "text", text: { content } };
}

function bold(content: string): Text {
  return { type: "text", text: { content }, annotations: { bold: true } };
}

function linked(text: Text, url: string | undefined): Text {
  return url === undefined ? text : { ...text, text: { ...text.text, link: { url } } };
}
