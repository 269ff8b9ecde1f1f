import type { Evaluation } from "../rules/evaluation.js";

/** What the run writes next to one contact (CONTACTS.md, output columns): the decision and its draft. */
export interface Suggestion extends Evaluation {
  draft: string;
}
