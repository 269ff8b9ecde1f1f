import type { Status } from "../contacts/enums.js";

/** The statuses an export can give a contact. */
export type ImportedStatus = "Connected" | "Request sent" | "Incoming request" | "Following";

/**
 * How far along things are with a contact, as far as an export can tell. An import only ever
 * moves Status up this order, never down, so a newer sheet is never undone by an older export:
 *
 *   0  Not connected (blank)
 *   1  Following
 *   2  Withdrawn, Declined        (a request that ended)
 *   3  Request sent, Incoming request
 *   4  Connected
 *
 * - `Connected` (the person is in Connections.csv) replaces anything below it.
 * - `Request sent` and `Incoming request` (a pending invitation) replace `Not connected` and
 *   `Following`. `Request sent` replaces `Withdrawn` or `Declined` only for an invitation sent
 *   after the row's Requested on: a new request, not the old one the user already closed.
 * - `Following` (Company Follows.csv) replaces only `Not connected`.
 * - Nothing replaces `Connected`, and the two pending statuses never replace each other.
 */
export const STATUS_RANK: Readonly<Record<Status, number>> = {
  "Not connected": 0,
  Following: 1,
  Withdrawn: 2,
  Declined: 2,
  "Request sent": 3,
  "Incoming request": 3,
  Connected: 4,
};

/**
 * Whether the export's status moves the row's status forward.
 * @param newerRequest the invitation was sent after the row's Requested on (a new request).
 */
export function movesForward(current: Status, proposed: ImportedStatus, newerRequest = false): boolean {
  const rank = STATUS_RANK[current];
  switch (proposed) {
    case "Connected":
      return rank < STATUS_RANK.Connected;
    case "Request sent":
      return rank <= STATUS_RANK.Following || (rank === STATUS_RANK.Withdrawn && newerRequest);
    case "Incoming request":
      return rank <= STATUS_RANK.Following;
    case "Following":
      return rank === STATUS_RANK["Not connected"];
  }
}
