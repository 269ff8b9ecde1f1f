import { dayFromIso } from "../contacts/days.js";
import type { InvitationRecord } from "../linkedin/invitations.js";
import type { PlanState } from "./plan-state.js";
import { dayIn, fillName, fillText, moveDate, moveStatus } from "./working-row.js";

/** The other side of an invitation: the invitee of an outgoing one, the inviter of an incoming one. */
interface Pending {
  invitation: InvitationRecord;
  key: string;
  url: string | undefined;
  name: string;
}

/**
 * Invitations.csv: an invitation whose other side is not in Connections.csv is still pending.
 * Outgoing gives Status `Request sent` and Requested on; incoming gives `Incoming request`.
 * Several invitations with the same person count as the latest one.
 * @returns how many invitations were with people already connected (accepted).
 */
export function mergeInvitations(
  invitations: readonly InvitationRecord[],
  connectedKeys: ReadonlySet<string>,
  state: PlanState,
): number {
  let accepted = 0;
  const pending = new Map<string, Pending>();
  for (const invitation of invitations) {
    const outgoing = invitation.direction === "OUTGOING";
    const key = outgoing ? invitation.inviteeKey : invitation.inviterKey;
    if (key === undefined) {
      state.skipped.add(
        "Invitations.csv row without the other person's profile URL (files before late 2023 have none): cannot be matched, never by name",
        `${state.files.invitations} line ${invitation.line}`,
      );
      continue;
    }
    if (key === state.ownerKey) continue;
    if (connectedKeys.has(key)) {
      accepted += 1;
      continue;
    }
    const known = pending.get(key);
    if (known === undefined || invitation.sentAt >= known.invitation.sentAt) {
      pending.set(key, {
        invitation,
        key,
        url: outgoing ? invitation.inviteeUrl : invitation.inviterUrl,
        name: outgoing ? invitation.to : invitation.from,
      });
    }
  }
  for (const item of pending.values()) mergePending(item, state);
  return accepted;
}

function mergePending({ invitation, key, url, name }: Pending, state: PlanState): void {
  const outgoing = invitation.direction === "OUTGOING";
  let row = state.index.withKey(key);
  if (row === undefined) {
    row = state.index.add({ key });
    if (outgoing) state.added.requestsSent += 1;
    else state.added.incomingRequests += 1;
  }
  row.matched = true;
  const [first, ...rest] = name.split(" ");
  fillName(row, name, first, rest.join(" "));
  fillText(row, "linkedinUrl", url);
  if (outgoing) {
    // Sent after the Requested on the sheet knows: a new request after a withdrawn or declined one.
    const requestedOn = dayIn(row, "requestedOn", state.context);
    const sent = dayFromIso(invitation.sentAt);
    const newer = requestedOn !== undefined && sent !== undefined && sent > requestedOn;
    moveStatus(row, "Request sent", state.context, newer);
    moveDate(row, "requestedOn", invitation.sentAt, state.context);
  } else {
    moveStatus(row, "Incoming request", state.context);
  }
}
