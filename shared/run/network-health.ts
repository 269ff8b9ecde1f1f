import type { ParsedRow } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import type { Settings } from "../rules/settings.js";
import type { Suggestion } from "./suggestion.js";

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
  /** Connections whose last touch is blank or at least their cadence ago. */
  connectionsOverdue: number;
  /** Aligned No, and still connected or followed: the audit list. */
  alignedNoStillLinked: number;
  rowsToFix: number;
}

const WEEK = 7;
const THREE_WEEKS = 21;
const ACCEPTANCE_WINDOW_DAYS = 90;

export function networkHealth(
  rows: readonly ParsedRow[],
  suggestions: readonly (Suggestion | undefined)[],
  settings: Settings,
  today: Day,
): NetworkHealth {
  const health: NetworkHealth = {
    connections: 0,
    peopleFollowed: 0,
    companiesFollowed: 0,
    pendingRequests: { underOneWeek: 0, oneToThreeWeeks: 0, older: 0 },
    invitesThisWeek: 0,
    weeklyInviteBudget: settings.weeklyInviteBudget,
    acceptanceRate90Days: null,
    requestsSent90Days: 0,
    connectionsOverdue: 0,
    alignedNoStillLinked: 0,
    rowsToFix: 0,
  };
  let accepted = 0;
  rows.forEach((row, index) => {
    const action = suggestions[index]?.action;
    if (action === "Fix row" || action === "Merge duplicate") health.rowsToFix++;
    // Rows to fix or merge are not counted in the figures: their values are not trusted yet.
    if (row.kind !== "contact" || action === "Fix row" || action === "Merge duplicate") return;
    const { contact } = row;
    const isCompany = contact.type === "Company";
    if (contact.status === "Connected") health.connections++;
    if (contact.status === "Following") {
      if (isCompany) health.companiesFollowed++;
      else health.peopleFollowed++;
    }
    if (contact.aligned === "No" && (contact.status === "Connected" || contact.status === "Following")) {
      health.alignedNoStillLinked++;
    }
    const requested = contact.requestedOn;
    if (requested !== undefined) {
      const age = today - requested;
      if (age < WEEK) health.invitesThisWeek++;
      if (age <= ACCEPTANCE_WINDOW_DAYS) {
        health.requestsSent90Days++;
        if (contact.status === "Connected") accepted++;
      }
      if (contact.status === "Request sent") {
        if (age < WEEK) health.pendingRequests.underOneWeek++;
        else if (age < THREE_WEEKS) health.pendingRequests.oneToThreeWeeks++;
        else health.pendingRequests.older++;
      }
    }
    if (contact.status === "Connected" && !isCompany) {
      const lastTouch = Math.max(contact.lastInteraction ?? -Infinity, contact.connectedOn ?? -Infinity);
      const cadence = contact.keepInTouchDays ?? settings.keepInTouchDays;
      if (lastTouch === -Infinity || today - lastTouch >= cadence) health.connectionsOverdue++;
    }
  });
  if (health.requestsSent90Days > 0) health.acceptanceRate90Days = accepted / health.requestsSent90Days;
  return health;
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
