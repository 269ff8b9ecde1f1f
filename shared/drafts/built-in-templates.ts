import type { Action } from "../vocabulary/actions.js";

/**
 * The drafts Tend writes when the Templates tab has no row for the action (RULES.md §6).
 * `[...]` is optional: dropped when a placeholder inside is empty, and for connection notes
 * dropped from the end first when the note is over the limit, so the signature goes first.
 */
export const BUILT_IN_TEMPLATES: Partial<Record<Action, string>> = {
  Connect:
    "Hi[ {first_name}]![ {how_we_know}.][ I enjoyed your post on {recent_post}.][ I see we share an interest in {shared_interest}.] I'd love to connect.[ – {my_name}]",
  "Follow up":
    "Hi[ {first_name}], just a friendly follow-up on my connection request.[ I really enjoyed your recent post on {recent_post}.] It would be great to connect![ – {my_name}]",
  Accept:
    "Thanks for connecting[, {first_name}]! Glad to be in touch here; let me know if I can ever help with anything.[ – {my_name}]",
  "Check in":
    "Hi[ {first_name}], it's been a while! How are things[ at {company}]? Is there anything I can help you with?[ – {my_name}]",
  Congratulate:
    "Hi[ {first_name}], congratulations[ on {milestone}]! Well deserved, and all the best for what comes next.[ – {my_name}]",
  "Ask for informational interview":
    "Hi[ {first_name}], I'm exploring opportunities[ at {company}] and would really value your advice. Would you have 20 minutes for a short call in the coming weeks?[ – {my_name}]",
  Engage: "[Great points on {recent_post}. ]Thanks for sharing[, {first_name}]!",
};

/** The only action whose draft is a connection note, bound by the Note limit setting. */
export const NOTE_ACTION: Action = "Connect";
