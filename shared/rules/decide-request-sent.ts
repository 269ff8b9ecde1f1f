import { isoDay } from "../contacts/days.js";
import { type Decision, decide } from "./decision.js";
import type { Facts } from "./facts.js";

/** Where a follow-up can go: LinkedIn lets no one message a person who has not accepted. */
const WHERE_TO_FOLLOW_UP =
  "by InMail, e-mail or a comment on their latest post (LinkedIn allows no message to someone who has not accepted)";

/** RULES.md §3, Request sent: wait, follow up once, then withdraw. */
export function decideRequestSent(facts: Facts): Decision {
  const { contact, settings } = facts;
  const requested = facts.requestedOn;
  const instead = contact.aligned === "No" ? "" : " and follow them instead to keep up with their work";
  if (contact.followedUpOn === undefined) {
    const followUpDay = requested + settings.followUpAfterDays;
    if (facts.daysSince(requested) < settings.followUpAfterDays) {
      return decide(
        "Wait",
        `Request sent on ${isoDay(requested)} is not answered yet: follow up on the Due date if it still is not`,
        followUpDay,
      );
    }
    if (facts.daysSince(requested) >= settings.followUpAfterDays + settings.giveUpAfterDays) {
      return decide(
        "Withdraw request",
        `Unanswered since ${isoDay(requested)}, too old for a follow-up: withdraw the request${instead}`,
        followUpDay + settings.giveUpAfterDays,
      );
    }
    return decide(
      "Follow up",
      `Unanswered since ${isoDay(requested)}: send one friendly follow-up ${WHERE_TO_FOLLOW_UP}`,
      followUpDay,
    );
  }
  const followedUp = contact.followedUpOn;
  const giveUpDay = followedUp + settings.giveUpAfterDays;
  if (facts.daysSince(followedUp) < settings.giveUpAfterDays) {
    return decide(
      "Wait",
      `You followed up on ${isoDay(followedUp)}; give them until the Due date before letting it go`,
      giveUpDay,
    );
  }
  return decide(
    "Withdraw request",
    `No answer to your request of ${isoDay(requested)} after your follow-up on ${isoDay(followedUp)}: withdraw it${instead}`,
    giveUpDay,
  );
}
