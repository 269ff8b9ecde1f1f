import type { Contact } from "../contacts/contact.js";
import { type Day, isoDay } from "../contacts/days.js";
import type { Facts } from "./decide-contact.js";
import type { Decision } from "./decision.js";
import type { Settings } from "./settings.js";

/** A decided contact as the budgets see it: they may turn its decision into a "later" one. */
export interface Candidate {
  facts: Facts;
  decision: Decision;
}

const DAYS_IN_BUDGET_WEEK = 7;
/** Check-ins over the budget are offered again a week later, when earlier ones are likely done. */
const CHECK_IN_LATER_DAYS = 7;

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
  const sent = allContacts
    .map((contact) => contact.requestedOn)
    .filter((day): day is Day => day !== undefined && today - day >= 0 && today - day < DAYS_IN_BUDGET_WEEK);
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
      why: `${candidate.decision.why}; but the weekly invite budget of ${settings.weeklyInviteBudget} is used up by recent requests and better matches: connect from ${isoDay(slotFrees)}`,
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
 * RULES.md §4, Check in: at most `Check-ins at a time` open at once, Aligned Yes first, then
 * the oldest last touch (blank is oldest), ties by sheet order.
 */
export function applyCheckInBudget(candidates: readonly Candidate[], settings: Settings, today: Day): void {
  const checkIns = candidates.filter((candidate) => candidate.decision.action === "Check in");
  if (checkIns.length <= settings.checkInsAtATime) return;
  const ranked = checkIns
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        alignedFirst(a.candidate) - alignedFirst(b.candidate) ||
        (a.candidate.facts.lastTouch ?? Number.NEGATIVE_INFINITY) -
          (b.candidate.facts.lastTouch ?? Number.NEGATIVE_INFINITY) ||
        a.order - b.order,
    );
  for (const { candidate } of ranked.slice(settings.checkInsAtATime)) {
    candidate.decision = {
      action: "Check in later",
      why: `${candidate.decision.why}; the open check-ins already reach the Check-ins at a time setting (${settings.checkInsAtATime}): do those first`,
      due: today + CHECK_IN_LATER_DAYS,
    };
  }
}

function alignedFirst(candidate: Candidate): number {
  return candidate.facts.contact.aligned === "Yes" ? 0 : 1;
}
