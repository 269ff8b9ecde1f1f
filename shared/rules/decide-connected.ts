import { isoDay } from "../contacts/days.js";
import { type Decision, decide, decideBudgeted } from "./decision.js";
import type { Facts } from "./facts.js";
import { milestoneSentence } from "./milestone-sentence.js";

const MILESTONE_DAYS = 60;
const INTERVIEW_AFTER_DAYS = 30;

/**
 * RULES.md §3, Connected. Congratulate, Engage and the interview happen once: a Done on them
 * sets Last interaction (and Asked for interview on), which ends the line's condition.
 */
export function decideConnected(facts: Facts, skipInterview: boolean): Decision {
  const { contact } = facts;
  if (contact.aligned === "No") {
    return decide(
      "Review connection",
      "Connected but marked as not aligned with your goals: consider removing the connection",
    );
  }
  const milestoneOn = facts.milestoneOn;
  if (milestoneOn !== undefined && facts.daysSince(milestoneOn) <= MILESTONE_DAYS) {
    const last = contact.lastInteraction;
    if (last === undefined || last < milestoneOn) {
      return decide(
        "Congratulate",
        `${milestoneSentence(contact.milestone, milestoneOn)} and you have not been in touch since`,
        milestoneOn,
      );
    }
  }
  const touch = facts.lastTouch;
  const lastContact = touch === undefined ? "no recorded contact yet" : `last contact ${isoDay(touch)}`;
  if (!skipInterview && interviewDue(facts)) {
    return decide(
      "Ask for informational interview",
      `You are job searching and ${contact.company} is one of your target companies: ask them for 20 minutes of advice (${lastContact})`,
    );
  }
  if ((touch === undefined || facts.daysSince(touch) >= facts.cadence) && facts.relationshipToKeep) {
    const basis =
      touch === undefined
        ? `you have no recorded contact with them yet and you keep in touch every ${facts.cadence} days`
        : `your last contact was on ${isoDay(touch)} and you keep in touch every ${facts.cadence} days`;
    return decideBudgeted("Check in", basis, "", touch === undefined ? undefined : touch + facts.cadence);
  }
  if (facts.freshPost) return engage(facts);
  if (!facts.relationshipToKeep) return decide("No action", noRelationshipWhy(facts));
  return decide(
    "No action",
    touch === undefined
      ? "Connected and nothing to do now"
      : `Connected and nothing to do now (${lastContact})`,
  );
}

/**
 * A connection nothing is known about: say what would make Tend suggest check-ins, since a
 * fresh import leaves thousands of these. Only the row's own Connected on is quoted.
 */
function noRelationshipWhy(facts: Facts): string {
  const on = facts.contact.connectedOn;
  return `${on === undefined ? "Connected" : `Connected on ${isoDay(on)}`}, nothing to do: fill Relationship or Aligned (or Keep in touch) to get check-ins with them`;
}

/** Once per person, and only with someone you have a relationship with (RULES.md §3). */
function interviewDue(facts: Facts): boolean {
  const { contact, settings } = facts;
  const touch = facts.lastTouch;
  const relationship = facts.known || contact.aligned === "Yes" || contact.lastInteraction !== undefined;
  return (
    settings.jobSearch &&
    facts.targetCompany &&
    contact.askedForInterviewOn === undefined &&
    relationship &&
    (touch === undefined || facts.daysSince(touch) > INTERVIEW_AFTER_DAYS)
  );
}

/** Engage, for a connection or a person you follow: their fresh post, dated. */
export function engage(facts: Facts): Decision {
  const posted = facts.recentPostOn ?? facts.today;
  return decide(
    "Engage",
    `They posted about ${facts.contact.recentPost} on ${isoDay(posted)}: comment on it or share it`,
    posted,
  );
}
