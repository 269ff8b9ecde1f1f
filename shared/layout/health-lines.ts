/** How the network is doing, in figures a person checks with their coffee (issue: the morning view). */
export interface NetworkHealth {
  connections: number;
  peopleFollowed: number;
  companiesFollowed: number;
  pendingRequests: { underOneWeek: number; oneToThreeWeeks: number; older: number };
  invitesThisWeek: number;
  weeklyInviteBudget: number;
  /** Requests sent in the last 90 days that are now Connected, over all sent then; null when none were sent. */
  acceptanceRate90Days: number | null;
  requestsSent90Days: number;
  /** Connections with a relationship to keep whose last touch is blank or at least their cadence ago. */
  connectionsOverdue: number;
  /** Aligned No, and still connected or followed: the audit list. */
  alignedNoStillLinked: number;
  rowsToFix: number;
}

/** The figures as label/value lines, for the Today tab, the CLI and the Notion summary page. */
export function healthLines(health: NetworkHealth): [string, string][] {
  const pending = health.pendingRequests;
  const rate =
    health.acceptanceRate90Days === null
      ? "no requests sent"
      : `${Math.round(health.acceptanceRate90Days * 100)}% of ${health.requestsSent90Days}`;
  return [
    ["Connections", String(health.connections)],
    ["People followed", String(health.peopleFollowed)],
    ["Companies followed", String(health.companiesFollowed)],
    [
      "Pending requests",
      `${pending.underOneWeek + pending.oneToThreeWeeks + pending.older} (under 1 week ${pending.underOneWeek}, 1-3 weeks ${pending.oneToThreeWeeks}, older ${pending.older})`,
    ],
    ["Invites this week", `${health.invitesThisWeek} of ${health.weeklyInviteBudget}`],
    ["Acceptance, last 90 days", rate],
    ["Connections overdue for a check-in", String(health.connectionsOverdue)],
    ["Not aligned, still connected or followed", String(health.alignedNoStillLinked)],
    ["Rows to fix", String(health.rowsToFix)],
  ];
}
