import { decideConnected } from "./decide-connected.js";
import { decideFollowing, decideNotConnected } from "./decide-not-connected.js";
import { decideRequestSent } from "./decide-request-sent.js";
import { type Decision, decide } from "./decision.js";
import type { Facts } from "./facts.js";

export { Facts } from "./facts.js";

export interface DecideOptions {
  /** Past the interview budget (RULES.md §4): decided again by the lines below that one. */
  skipInterview?: boolean;
}

/**
 * RULES.md §2 and §3: one readable contact to one decision, first matching line wins.
 * Pure: `today` comes in, nothing is read from the clock or the environment.
 */
export function decideContact(facts: Facts, options: DecideOptions = {}): Decision {
  const { contact } = facts;
  if (contact.type === "Company") return decideCompany(facts);
  switch (contact.status) {
    case "Incoming request":
      return decideIncoming(facts);
    case "Request sent":
      return decideRequestSent(facts);
    case "Connected":
      return decideConnected(facts, options.skipInterview === true);
    case "Following":
      return decideFollowing(facts);
    case "Withdrawn":
      return contact.aligned === "Yes"
        ? decide(
            "Follow",
            "Your request was withdrawn and their work fits your goals: follow them to keep up",
          )
        : decide("No action", "Your request was withdrawn; it is not suggested again");
    case "Declined":
      return decide("No action", "They declined your request");
    case "Not connected":
      return decideNotConnected(facts);
  }
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function decideCompany({ contact }: Facts): Decision {
  if (contact.status === "Following") {
    return contact.aligned === "No"
      ? decide("Unfollow", "You follow this company but marked it as not aligned with your goals")
      : decide("No action", "You already follow this company");
  }
  if (contact.aligned === "No")
    return decide("Hold off", "This company is marked as not aligned with your goals");
  return decide("Follow", "Follow companies to keep up with their news (companies can only be followed)");
}

function decideIncoming(facts: Facts): Decision {
  const { contact, settings } = facts;
  const mutual = contact.mutualConnections ?? 0;
  const min = settings.minMutualConnections;
  if (facts.known)
    return decide("Accept", `They asked to connect and you know them (${contact.relationship})`);
  if (contact.profile === "Suspicious") return decide("Decline", "Their profile looks suspicious");
  if (contact.aligned === "No") return decide("Decline", "Their work does not fit your goals (Aligned: No)");
  if (contact.profile === "Vague" && mutual < min) {
    return decide(
      "Decline",
      `Their profile is vague and you share ${plural(mutual, "mutual connection")} (fewer than ${min})`,
    );
  }
  if (mutual >= min && contact.profile !== "Vague") {
    return decide(
      "Accept",
      `You share ${plural(mutual, "mutual connection")} (at least ${min}) and nothing about them is off`,
    );
  }
  return decide(
    "Review request",
    "A stranger asked to connect: fill the Profile column (Complete, Vague or Suspicious) after looking at their profile, mutual connections and activity",
  );
}
