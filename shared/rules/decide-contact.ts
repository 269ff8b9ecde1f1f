import type { Contact } from "../contacts/contact.js";
import { type Day, isoDay } from "../contacts/days.js";
import { KNOWN_RELATIONSHIPS } from "../contacts/enums.js";
import { type Decision, decide } from "./decision.js";
import type { Settings } from "./settings.js";

/**
 * RULES.md §2 and §3: one readable contact to one decision, first matching line wins.
 * Pure: `today` comes in, nothing is read from the clock or the environment.
 */
export function decideContact(facts: Facts): Decision {
  const { contact } = facts;
  if (contact.type === "Company") return decideCompany(facts);
  switch (contact.status) {
    case "Incoming request":
      return decideIncoming(facts);
    case "Request sent":
      return decideRequestSent(facts);
    case "Connected":
      return decideConnected(facts);
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

/** The terms of RULES.md, computed once per contact. */
export class Facts {
  readonly known: boolean;
  readonly lastTouch: Day | undefined;
  readonly cadence: number;
  readonly targetCompany: boolean;

  constructor(
    readonly contact: Contact,
    readonly settings: Settings,
    readonly today: Day,
  ) {
    this.known = KNOWN_RELATIONSHIPS.has(contact.relationship);
    this.lastTouch = latest(contact.lastInteraction, contact.connectedOn);
    this.cadence = contact.keepInTouchDays ?? settings.keepInTouchDays;
    this.targetCompany = isTargetCompany(contact.company, settings.targetCompanies);
  }

  daysSince(day: Day): number {
    return this.today - day;
  }
}

function isTargetCompany(company: string, targets: readonly string[]): boolean {
  if (targets.length === 0 || company === "") return false;
  const wanted = company.trim().toLowerCase();
  return targets.some((target) => target.trim().toLowerCase() === wanted);
}

function latest(a: Day | undefined, b: Day | undefined): Day | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

const on = (day: Day) => isoDay(day);
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
    "A stranger asked to connect: look at their profile, mutual connections and activity, then fill Profile",
  );
}

function decideRequestSent(facts: Facts): Decision {
  const { contact, settings } = facts;
  const requested = contact.requestedOn as Day; // row checks make it present for Request sent
  if (contact.followedUpOn === undefined) {
    const followUpDay = requested + settings.followUpAfterDays;
    if (facts.daysSince(requested) < settings.followUpAfterDays) {
      return decide(
        "Wait",
        `Request sent on ${on(requested)}; follow up on ${on(followUpDay)} if it is still unanswered`,
        followUpDay,
      );
    }
    return decide(
      "Follow up",
      `Request sent on ${on(requested)} is unanswered after ${settings.followUpAfterDays} days: send one friendly follow-up`,
    );
  }
  const giveUpDay = contact.followedUpOn + settings.giveUpAfterDays;
  if (facts.daysSince(contact.followedUpOn) < settings.giveUpAfterDays) {
    return decide(
      "Wait",
      `You followed up on ${on(contact.followedUpOn)}; give them until ${on(giveUpDay)} before letting it go`,
      giveUpDay,
    );
  }
  const instead = contact.aligned === "No" ? "" : "; follow them instead to keep up with their work";
  return decide(
    "Withdraw request",
    `No answer to your request of ${on(requested)} after a follow-up on ${on(contact.followedUpOn)}: withdraw it${instead}`,
  );
}

function decideConnected(facts: Facts): Decision {
  const { contact, settings } = facts;
  if (contact.aligned === "No") {
    return decide(
      "Review connection",
      "Connected but marked as not aligned with your goals: consider removing the connection",
    );
  }
  if (shouldCongratulate(facts)) {
    const when = contact.milestoneOn === undefined ? "" : ` (${on(contact.milestoneOn)})`;
    return decide(
      "Congratulate",
      `Milestone: ${contact.milestone}${when}, and you have not been in touch since`,
    );
  }
  const touch = facts.lastTouch;
  if (settings.jobSearch && facts.targetCompany && (touch === undefined || facts.daysSince(touch) > 30)) {
    return decide(
      "Ask for informational interview",
      `You are job searching and ${contact.company} is a target company; ${touch === undefined ? "you have no recorded contact with them" : `last contact ${on(touch)}`}`,
    );
  }
  if ((touch === undefined || facts.daysSince(touch) >= facts.cadence) && hasRelationshipToKeep(facts)) {
    return decide(
      "Check in",
      touch === undefined
        ? `No recorded contact yet; keep in touch every ${facts.cadence} days`
        : `Last contact ${on(touch)}; you keep in touch every ${facts.cadence} days`,
    );
  }
  if (contact.recentPost !== "" && !recentEnough(facts)) {
    return decide("Engage", `They posted about ${contact.recentPost}: comment on it or share it`);
  }
  return decide(
    "No action",
    touch === undefined ? "Connected; nothing to do now" : `Connected; last contact ${on(touch)}`,
  );
}

/** Milestone filled and recent, and you have not been in touch since (RULES.md, Connected). */
function shouldCongratulate({ contact, today }: Facts): boolean {
  if (contact.milestone === "") return false;
  const last = contact.lastInteraction;
  if (contact.milestoneOn === undefined) return last === undefined || today - last > 30;
  if (today - contact.milestoneOn > 60) return false;
  return last === undefined || last < contact.milestoneOn;
}

function hasRelationshipToKeep({ contact, known }: Facts): boolean {
  return (
    contact.aligned === "Yes" ||
    known ||
    contact.keepInTouchDays !== undefined ||
    contact.lastInteraction !== undefined
  );
}

/** For Engage: true when you interacted within the last 14 days (then there is no need). */
function recentEnough({ contact, today }: Facts): boolean {
  return contact.lastInteraction !== undefined && today - contact.lastInteraction <= 14;
}

function decideFollowing(facts: Facts): Decision {
  const { contact, settings } = facts;
  if (contact.aligned === "No")
    return decide("Unfollow", "You follow them but marked them as not aligned with your goals");
  if (facts.known)
    return decide("Connect", `You follow them and know them (${contact.relationship}): connect`);
  if (
    contact.aligned === "Yes" &&
    contact.followedOn !== undefined &&
    facts.daysSince(contact.followedOn) >= settings.followBeforeConnectDays &&
    contact.lastInteraction !== undefined
  ) {
    return decide(
      "Connect",
      `Following since ${on(contact.followedOn)}, aligned with your goals, and you have interacted (${on(contact.lastInteraction)}): time to connect`,
    );
  }
  if (contact.recentPost !== "")
    return decide("Engage", `They posted about ${contact.recentPost}: comment on it or share it`);
  return decide("No action", "Keep following their updates");
}

function decideNotConnected(facts: Facts): Decision {
  const { contact } = facts;
  if (facts.known)
    return decide("Connect", `You know them (${contact.relationship}): send a personal connection request`);
  if (contact.relationship === "Admire their work") {
    return decide("Follow", "You admire their work: follow them for their updates before connecting");
  }
  if (contact.aligned === "No") return decide("Hold off", "Not aligned with your goals");
  if (contact.aligned === "Yes") {
    return decide(
      "Follow",
      "Aligned with your goals but you do not know them yet: follow first and observe before connecting",
    );
  }
  return decide("Hold off", "No relationship and no stated fit yet: fill Relationship or Aligned");
}
