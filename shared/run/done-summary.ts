import type { InputChanges } from "../rules/record-table.js";
import type { Action } from "../vocabulary/actions.js";

/** The Done marks a run recorded (RULES.md §0). */
export interface DoneSummary {
  /** Marks whose effect was written, by the action they recorded. */
  recorded: Partial<Record<Action, number>>;
  /** Marks cleared without an effect: the action needed the user's own decision, or the Status had changed. */
  clearedOnly: number;
}

export function doneSummary(changes: readonly (InputChanges | undefined)[]): DoneSummary {
  const summary: DoneSummary = { recorded: {}, clearedOnly: 0 };
  for (const change of changes) {
    if (change?.clearDone !== true) continue;
    if (change.recorded === undefined) summary.clearedOnly += 1;
    else summary.recorded[change.recorded] = (summary.recorded[change.recorded] ?? 0) + 1;
  }
  return summary;
}

/** What each kind of Done is called in the summary line, one and many. */
const NOUNS: Partial<Record<Action, [string, string]>> = {
  Connect: ["request sent", "requests sent"],
  "Connect later": ["request sent", "requests sent"],
  Follow: ["follow", "follows"],
  Accept: ["request accepted", "requests accepted"],
  Decline: ["request declined", "requests declined"],
  "Follow up": ["follow-up", "follow-ups"],
  "Withdraw request": ["request withdrawn", "requests withdrawn"],
  Unfollow: ["unfollow", "unfollows"],
  "Check in": ["check-in", "check-ins"],
  "Check in later": ["check-in", "check-ins"],
  Congratulate: ["congratulation", "congratulations"],
  "Ask for informational interview": ["interview ask", "interview asks"],
  Engage: ["comment", "comments"],
};

/** "Recorded 5 done: 2 requests sent, 1 follow-up, 2 check-ins"; undefined when no Done was read. */
export function doneLine(done: DoneSummary): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [action, count] of Object.entries(done.recorded) as [Action, number][]) {
    const [one, many] = NOUNS[action] ?? [action, action];
    counts.set(`${one}|${many}`, (counts.get(`${one}|${many}`) ?? 0) + count);
    total += count;
  }
  if (total === 0 && done.clearedOnly === 0) return undefined;
  const parts = [...counts].map(([nouns, count]) => {
    const [one, many] = nouns.split("|");
    return `${count} ${count === 1 ? one : many}`;
  });
  const line = total === 0 ? "Recorded no done" : `Recorded ${total} done: ${parts.join(", ")}`;
  if (done.clearedOnly === 0) return line;
  const marks = done.clearedOnly === 1 ? "1 Done mark" : `${done.clearedOnly} Done marks`;
  return `${line} (${marks} cleared with nothing to record: the Suggested action needed your own update)`;
}
