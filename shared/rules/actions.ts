/** The action vocabulary (RULES.md §8), spelled exactly as it is written into the table. */
export const ACTIONS = [
  "Connect",
  "Connect later",
  "Follow",
  "Accept",
  "Decline",
  "Review request",
  "Wait",
  "Follow up",
  "Withdraw request",
  "Check in",
  "Check in later",
  "Congratulate",
  "Engage",
  "Ask for informational interview",
  "Unfollow",
  "Review connection",
  "Hold off",
  "No action",
  "Fix row",
  "Merge duplicate",
] as const;

export type Action = (typeof ACTIONS)[number];

export const PRIORITIES = ["High", "Medium", "Low"] as const;
export type Priority = (typeof PRIORITIES)[number];

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

/** Actions with no due date: nothing to do, or nothing to do until the user says more. */
export const UNDATED: ReadonlySet<Action> = new Set(["No action", "Hold off"]);

export const PRIORITY_RANK: Record<Priority, number> = { High: 0, Medium: 1, Low: 2 };
