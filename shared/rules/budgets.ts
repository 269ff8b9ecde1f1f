import type { Contact } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import type { Action } from "../vocabulary/actions.js";
import { capitalized, type Decision } from "./decision.js";
import type { Facts } from "./facts.js";
import type { Settings } from "./settings.js";

/** A decided contact as the budgets see it: they may turn its decision into a "later" one. */
export interface Candidate {
  facts: Facts;
  decision: Decision;
  /** The row's place in the table. */
  index: number;
}

/** The actions the budgets below look at; a redecided interview stays among the candidates. */
export const BUDGETED_ACTIONS: ReadonlySet<Action> = new Set([
  "Ask for informational interview",
  "Connect",
  "Check in",
]);

const DAYS_IN_BUDGET_WEEK = 7;

const RELATIONSHIP_WEIGHT: Record<string, number> = {
  "Worked together": 4,
  "Met in person": 3,
  Classmate: 2,
  "Interacted online": 1,
};

export function connectScore({ contact, targetCompany }: Facts): number {
  return (
    (RELATIONSHIP_WEIGHT[contact.relationship] ?? 0) +
    (contact.aligned === "Yes" ? 2 : 0) +
    (targetCompany ? 1 : 0)
  );
}

/**
 * RULES.md §4, Connect: requests sent 0 to 6 days ago (whatever the row's Status) use up the
 * weekly budget; the rest goes to the best-scored Connect rows, ties by sheet order.
 * @param allContacts every readable row, for the requests already sent.
 */
export function applyConnectBudget(
  candidates: readonly Candidate[],
  allContacts: readonly Contact[],
  settings: Settings,
  today: Day,
): void {
  // Loops rather than map and filter: the table's every row passes here.
  const sent: Day[] = [];
  for (let at = 0; at < allContacts.length; at++) {
    const day = (allContacts[at] as Contact).requestedOn;
    if (day !== undefined && today - day >= 0 && today - day < DAYS_IN_BUDGET_WEEK) sent.push(day);
  }
  const remaining = Math.max(0, settings.weeklyInviteBudget - sent.length);
  const connects = candidates.filter((candidate) => candidate.decision.action === "Connect");
  if (connects.length <= remaining) return;
  const slotFrees = firstFreeSlot(sent, remaining, settings.weeklyInviteBudget, today);
  const ranked = connects
    .map((candidate, order) => ({ candidate, order, score: connectScore(candidate.facts) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { candidate } of ranked.slice(remaining)) {
    candidate.decision = {
      action: "Connect later",
      why: `${capitalized(candidate.decision.basis ?? "you would connect")}, but your weekly invite budget of ${settings.weeklyInviteBudget} is used up by recent requests and better matches: send the request on the Due date`,
      due: slotFrees,
    };
  }
}

/**
 * The day the window, with today's `remaining` requests added, first holds fewer than `budget`
 * requests: when its (count - budget + 1)-th oldest request leaves. A window already over the
 * budget needs more than its oldest request to leave.
 */
function firstFreeSlot(sent: readonly Day[], remaining: number, budget: number, today: Day): Day {
  const window = [...sent, ...Array<Day>(remaining).fill(today)].sort((a, b) => a - b);
  const leaving = window[Math.max(0, window.length - budget)] ?? today;
  return leaving + DAYS_IN_BUDGET_WEEK;
}

/**
 * RULES.md §4, Informational interviews: at most `Interview asks at a time`, by the Connect
 * score, then the oldest last touch, ties by sheet order. The others are decided again by the
 * lines below the interview line (`redecide`).
 */
export function applyInterviewBudget(
  candidates: readonly Candidate[],
  settings: Settings,
  redecide: (facts: Facts) => Decision,
): void {
  const asks = candidates.filter(
    (candidate) => candidate.decision.action === "Ask for informational interview",
  );
  if (asks.length <= settings.interviewAsksAtATime) return;
  const ranked = asks
    .map((candidate, order) => ({ candidate, order, score: connectScore(candidate.facts) }))
    .sort((a, b) => b.score - a.score || oldestTouchFirst(a.candidate, b.candidate) || a.order - b.order);
  for (const { candidate } of ranked.slice(settings.interviewAsksAtATime)) {
    candidate.decision = redecide(candidate.facts);
  }
}

/**
 * RULES.md §4, Check in: at most `Check-ins at a time` open at once, Aligned Yes first, then
 * the oldest last touch (blank is oldest), ties by sheet order.
 */
export function applyCheckInBudget(candidates: readonly Candidate[], settings: Settings): void {
  const checkIns = candidates.filter((candidate) => candidate.decision.action === "Check in");
  if (checkIns.length <= settings.checkInsAtATime) return;
  // The sort keys worked out once per row, not in every comparison.
  const ranked = checkIns
    .map((candidate, order) => ({
      candidate,
      order,
      aligned: alignedFirst(candidate),
      touch: candidate.facts.lastTouch ?? Number.NEGATIVE_INFINITY,
    }))
    .sort((a, b) => a.aligned - b.aligned || a.touch - b.touch || a.order - b.order);
  const limit = settings.checkInsAtATime;
  for (const { candidate } of ranked.slice(limit)) {
    // Dated by the table pass: a Check in later keeps its Due while it is in the future.
    candidate.decision = {
      action: "Check in later",
      why: `${candidate.decision.why}, but your limit of ${limit} open check-in${limit === 1 ? "" : "s"} is reached: check in from the Due date`,
    };
  }
}

function oldestTouchFirst(a: Candidate, b: Candidate): number {
  return (a.facts.lastTouch ?? Number.NEGATIVE_INFINITY) - (b.facts.lastTouch ?? Number.NEGATIVE_INFINITY);
}

function alignedFirst(candidate: Candidate): number {
  return candidate.facts.contact.aligned === "Yes" ? 0 : 1;
}
