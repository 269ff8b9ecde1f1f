/** The fill that marks Tend's own columns, so users see which cells the daily run rewrites. */
export const TEND_COLUMN_FILL = "FFFFF2CC";
export const TEND_COLUMN_NOTE =
  "Written by Tend on every run. Your edits to Draft message are kept while the action stays the same.";
