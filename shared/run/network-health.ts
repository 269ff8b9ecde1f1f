import type { ParsedRow } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import type { NetworkHealth } from "../layout/health-lines.js";
import { Facts } from "../rules/facts.js";
import type { Settings } from "../rules/settings.js";
import type { Suggestion } from "./suggestion.js";

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
    if (contact.status === "Connected" && !isCompany && contact.aligned !== "No") {
      // Only the connections Tend would suggest checking in with (RULES.md §3, Connected): a
      // fresh import's thousands of strangers are not overdue for anything.
      const facts = new Facts(contact, settings, today);
      const touch = facts.lastTouch;
      if (facts.relationshipToKeep && (touch === undefined || today - touch >= facts.cadence))
        health.connectionsOverdue++;
    }
  });
  if (health.requestsSent90Days > 0) health.acceptanceRate90Days = accepted / health.requestsSent90Days;
  return health;
}
