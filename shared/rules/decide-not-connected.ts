import { isoDay } from "../contacts/days.js";
import { engage } from "./decide-connected.js";
import { type Decision, decide, decideBudgeted } from "./decision.js";
import type { Facts } from "./facts.js";

/** RULES.md §3, Following (a person you follow). */
export function decideFollowing(facts: Facts): Decision {
  const { contact, settings } = facts;
  if (contact.aligned === "No")
    return decide("Unfollow", "You follow them but marked them as not aligned with your goals");
  if (facts.known) {
    return decideBudgeted("Connect", `you follow them and know them (${contact.relationship})`, ": connect");
  }
  const followedOn = facts.followedOn;
  if (
    contact.aligned === "Yes" &&
    followedOn !== undefined &&
    facts.daysSince(followedOn) >= settings.followBeforeConnectDays &&
    contact.lastInteraction !== undefined
  ) {
    return decideBudgeted(
      "Connect",
      `following since ${isoDay(followedOn)}, aligned with your goals, and you have interacted (${isoDay(contact.lastInteraction)})`,
      ": time to connect",
      followedOn + settings.followBeforeConnectDays,
    );
  }
  if (facts.freshPost) return engage(facts);
  return decide("No action", "Keep following their updates");
}

/**
 * RULES.md §3, Not connected. Aligned No comes first: the article holds off on connecting when
 * objectives do not align, even with people you know.
 */
export function decideNotConnected(facts: Facts): Decision {
  const { contact } = facts;
  if (contact.aligned === "No") {
    return decide(
      "Hold off",
      facts.known
        ? `Not aligned with your goals, so hold off even though you know them (${contact.relationship})`
        : contact.relationship === "Admire their work"
          ? "Not aligned with your goals, so hold off even though you admire their work"
          : "Not aligned with your goals",
    );
  }
  if (facts.known) {
    return decideBudgeted(
      "Connect",
      `you know them (${contact.relationship})`,
      ": send a personal connection request",
    );
  }
  if (contact.relationship === "Admire their work") {
    return decide("Follow", "You admire their work: follow them for their updates before connecting");
  }
  if (contact.aligned === "Yes") {
    return decide(
      "Follow",
      "Aligned with your goals but you do not know them yet: follow first and observe before connecting",
    );
  }
  return decide("Hold off", "No relationship and no stated fit yet: fill Relationship or Aligned");
}
