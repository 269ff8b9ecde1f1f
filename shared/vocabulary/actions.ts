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
  "Snoozed",
] as const;

export type Action = (typeof ACTIONS)[number];

export const PRIORITIES = ["High", "Medium", "Low"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_RANK: Record<Priority, number> = { High: 0, Medium: 1, Low: 2 };
