/**
 * The views Tend's output is built for. The public API (2025-09-03, see the OpenAPI file in
 * shared/realdata/notion) has no endpoint to create a view, so `tend init` prints the steps.
 */
export function recommendedViews(): string {
  return [
    "Add these two views in Notion (the API cannot create views):",
    '  1. Today: "+" next to the view tabs > Board. Group by: Suggested action.',
    "     Filter: Due is on or before Today (relative). Sort: Priority. Each card is one thing to do today.",
    '  2. Due dates: "+" > Calendar. Show calendar by: Due.',
    "     Shows what is coming up: follow-ups to send, connection requests to send when the weekly budget frees up.",
  ].join("\n");
}
