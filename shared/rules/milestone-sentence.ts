import { type Day, isoDay } from "../contacts/days.js";

/**
 * The Milestone cell as the start of a Why sentence: the import's `New role: <Title> at
 * <Company>` and a typed "Promoted to ..." read as what happened, anything else quoted as news.
 */
export function milestoneSentence(milestone: string, on: Day): string {
  const text = milestone.trim().replace(/[.!]+$/, "");
  const role = /^new (?:role|position|job)\s*(?:[:–—-]\s*(?:as\s+)?(.+))?$/i.exec(text);
  if (role !== null) {
    const what = role[1]?.trim();
    return `They started a new role${what ? ` as ${what}` : ""} on ${isoDay(on)}`;
  }
  const promoted = /^(?:got\s+|was\s+)?promoted\s+(?:to\s+)?(.+)$/i.exec(text);
  if (promoted !== null) return `They were promoted to ${promoted[1]} on ${isoDay(on)}`;
  return `They shared news on ${isoDay(on)} (${text})`;
}
