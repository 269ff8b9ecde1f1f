import type { DateColumn } from "../contacts/columns.js";
import type { Status } from "../contacts/enums.js";
import type { Action } from "../vocabulary/actions.js";

/** What a Done on an action records (RULES.md §0): from which Status, what it writes. */
export interface DoneEffect {
  from: ReadonlySet<Status>;
  status?: Status;
  /** The date columns that get the done day. */
  dates: readonly DateColumn[];
}

const effect = (from: Status[], status: Status | undefined, dates: DateColumn[]): DoneEffect =>
  status === undefined ? { from: new Set(from), dates } : { from: new Set(from), status, dates };

const CONNECT = effect(["Not connected", "Following"], "Request sent", ["requestedOn"]);
const CONNECTED_TOUCH = effect(["Connected"], undefined, ["lastInteraction"]);

/** The effects table of RULES.md §0; an action not listed needs the user's own decision. */
export const DONE_EFFECTS: Partial<Record<Action, DoneEffect>> = {
  Connect: CONNECT,
  "Connect later": CONNECT,
  Follow: effect(["Not connected", "Withdrawn"], "Following", ["followedOn"]),
  Accept: effect(["Incoming request"], "Connected", ["connectedOn"]),
  Decline: effect(["Incoming request"], "Declined", []),
  "Follow up": effect(["Request sent"], undefined, ["followedUpOn"]),
  "Withdraw request": effect(["Request sent"], "Withdrawn", []),
  Unfollow: effect(["Following"], "Not connected", []),
  "Check in": CONNECTED_TOUCH,
  "Check in later": CONNECTED_TOUCH,
  Congratulate: CONNECTED_TOUCH,
  "Ask for informational interview": effect(["Connected"], undefined, [
    "lastInteraction",
    "askedForInterviewOn",
  ]),
  Engage: effect(["Connected", "Following"], undefined, ["lastInteraction"]),
};
