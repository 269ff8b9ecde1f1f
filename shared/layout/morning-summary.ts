import { healthLines } from "./health-lines.js";
import type { MorningView } from "./morning-view.js";

/** A piece of a summary line: text, maybe bold, maybe a link to a contact (by row) or to a web page. */
export interface SummaryPart {
  text: string;
  bold?: boolean;
  link?: { row: number } | { url: string };
}

export interface SummaryLine {
  kind: "heading" | "paragraph" | "bullet";
  parts: SummaryPart[];
}

/**
 * The morning view as a short page of lines (the Notion summary page): today's list, one line
 * per action, and the network's health. A store renders the lines; what they say is decided here.
 */
export function morningSummaryLines(view: MorningView, more: { filterHint: string }): SummaryLine[] {
  const { items } = view.todayList;
  const lines: SummaryLine[] = [];
  if (items.length === 0) lines.push({ kind: "paragraph", parts: [{ text: "Nothing due today." }] });
  else
    lines.push({ kind: "heading", parts: [{ text: `To do today (${items.length + view.todayList.more})` }] });
  for (const item of items) {
    lines.push({
      kind: "bullet",
      parts: [
        { text: item.priority, bold: true },
        { text: ` · ${item.action} · ` },
        { text: item.name || "(no name)", link: { row: item.row } },
        { text: ` · due ${item.due}` },
        ...(item.why === "" ? [] : [{ text: ` · ${item.why}` }]),
        ...(isWebLink(item.link) ? [{ text: " · " }, { text: "LinkedIn", link: { url: item.link } }] : []),
      ],
    });
  }
  if (view.todayList.more > 0)
    lines.push({
      kind: "paragraph",
      parts: [{ text: `… and ${view.todayList.more} more waiting: ${more.filterHint}.` }],
    });
  lines.push({ kind: "heading", parts: [{ text: "Network health" }] });
  for (const [label, value] of healthLines(view.health))
    lines.push({ kind: "bullet", parts: [{ text: `${label}: ${value}` }] });
  return lines;
}

function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link) && URL.canParse(link);
}
