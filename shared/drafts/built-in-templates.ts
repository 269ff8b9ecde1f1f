import type { Action } from "../vocabulary/actions.js";

/**
 * The drafts Tend writes when the Templates tab has no row for the action (RULES.md §6), with
 * a few wordings for the messages people compare (check-ins, congratulations, asks, comments):
 * each contact gets one of them, the same on every run. `[...]` is optional: dropped when a
 * placeholder inside is empty, and for connection notes dropped from the end first when the
 * note is over the limit, so the signature goes first.
 */
export const BUILT_IN_VARIANTS: Partial<Record<Action, readonly [string, ...string[]]>> = {
  Connect: [
    "Hi[ {first_name}]![ {how_we_know}.][ I enjoyed {post_phrase}.][ I see we share an interest in {shared_interest}.] I'd love to connect.[ – {my_name}]",
  ],
  // Meant for InMail, e-mail or a comment on their post: LinkedIn lets no one message a person who has not accepted.
  "Follow up": [
    "Hi[ {first_name}]! I sent you a connection request a little while ago and wanted to say hello here too.[ I really enjoyed {post_phrase}.] It would be great to connect whenever you have a moment.[ – {my_name}]",
  ],
  Accept: [
    "Glad to be connected[, {first_name}]![ {how_we_know}.] Thanks for reaching out, and let me know if I can ever help with anything.[ – {my_name}]",
  ],
  "Check in": [
    "Hi[ {first_name}], it's been a while[ since {how_we_met}]! How are things[ at {company}]? Is there anything I can help you with?[ – {my_name}]",
    "Hi[ {first_name}]![ I came across {post_phrase} and thought I'd say hello.] How have you been?[ I hope all is well at {company}.] If there's anything I can help with, just let me know.[ – {my_name}]",
    "Hi[ {first_name}], I hope you're doing well![ It's been a while since {how_we_met}, so I wanted to say hello.] What are you working on these days[ at {company}]? Let me know if I can help with anything.[ – {my_name}]",
  ],
  Congratulate: [
    "Hi[ {first_name}]![ {milestone_phrase}.] Well deserved, and all the best for what comes next.[ – {my_name}]",
    "Hi[ {first_name}], I hope you're well![ {milestone_phrase}.] I'd love to hear how it's going whenever you have a moment.[ – {my_name}]",
    "Hi[ {first_name}]![ {milestone_phrase}! I'm so happy for you.] Wishing you every success with what comes next.[ – {my_name}]",
  ],
  "Ask for informational interview": [
    "Hi[ {first_name}]![ {how_we_know}.] I'm exploring my next step[, and {company} is high on my list]. I'd really value your advice: would you have 20 minutes for a short call in the coming weeks?[ – {my_name}]",
    "Hi[ {first_name}], I hope you're well![ It's been a while since {how_we_met}.] I'm exploring opportunities[ at {company}] and would love your perspective[ as {title}]. Could you spare 20 minutes for a quick call? Any advice would mean a lot.[ – {my_name}]",
    "Hi[ {first_name}]![ {how_we_know}.] I'm looking into roles[ at {company}], and your advice would mean a lot. Would you be open to a 20-minute call sometime in the next few weeks?[ – {my_name}]",
  ],
  // A comment under their post: a specific reaction and a question, never a canned "great points".
  Engage: [
    "Really enjoyed this[, {first_name}]![ It's one of the clearest takes on {post_topic} I've read.] What made you want to write about it now?",
    "Thanks for sharing this[, {first_name}].[ I've been thinking about {post_topic} a lot lately, and this gave me a new angle.] Which part do you think people most often get wrong?",
    "This is a great read[, {first_name}].[ You make {post_topic} feel a lot more approachable.] What would you tell someone who's just getting started?",
  ],
};

/** The first wording of each action: the one the Templates tab starts from. */
export const BUILT_IN_TEMPLATES: Partial<Record<Action, string>> = Object.fromEntries(
  Object.entries(BUILT_IN_VARIANTS).map(([action, variants]) => [action, variants[0]]),
);

/** The only action whose draft is a connection note, bound by the Note limit setting. */
export const NOTE_ACTION: Action = "Connect";
