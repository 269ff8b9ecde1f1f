import type { InvitationRecord } from "./invitations.js";

/**
 * The owner's key from Invitations.csv: the inviter of OUTGOING rows and the invitee of
 * INCOMING rows is always the owner. Real Profile.csv files have no profile URL, so since late
 * 2023 (when the URL columns appeared) this is the surest source. The most frequent key wins,
 * in case a row was edited.
 */
export function ownerKeyFromInvitations(invitations: readonly InvitationRecord[]): string | undefined {
  const counts = new Map<string, number>();
  for (const invitation of invitations) {
    const key = invitation.direction === "OUTGOING" ? invitation.inviterKey : invitation.inviteeKey;
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
