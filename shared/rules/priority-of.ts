import type { Action, Priority } from "../vocabulary/actions.js";

const HIGH: ReadonlySet<Action> = new Set([
  "Accept",
  "Follow up",
  "Congratulate",
  "Ask for informational interview",
  "Fix row",
  "Merge duplicate",
]);
const MEDIUM: ReadonlySet<Action> = new Set(["Check in", "Withdraw request", "Review request", "Decline"]);

/** RULES.md §5: a Connect is High only for people you worked with or met. */
export function priorityOf(action: Action, relationship: string): Priority {
  if (action === "Connect") {
    return relationship === "Worked together" || relationship === "Met in person" ? "High" : "Medium";
  }
  if (HIGH.has(action)) return "High";
  if (MEDIUM.has(action)) return "Medium";
  return "Low";
}
