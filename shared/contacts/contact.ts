import type { InputColumn } from "./columns.js";
import type { Day } from "./days.js";
import type { Aligned, ContactType, ProfileReview, Relationship, Status } from "./enums.js";
import type { LinkedInPage } from "./linkedin-url.js";

/** One contact row after reading: every value typed, blanks as undefined or "". */
export interface Contact {
  /** The row number as the user sees it (header is row 1). */
  rowNumber: number;
  name: string;
  firstName: string;
  linkedin: LinkedInPage | undefined;
  type: ContactType;
  company: string;
  title: string;
  relationship: Relationship;
  metAt: string;
  status: Status;
  /** Blank means unknown, which is not the same as `No`. */
  aligned: Aligned | undefined;
  mutualConnections: number | undefined;
  profile: ProfileReview | undefined;
  requestedOn: Day | undefined;
  followedUpOn: Day | undefined;
  followedOn: Day | undefined;
  connectedOn: Day | undefined;
  lastInteraction: Day | undefined;
  keepInTouchDays: number | undefined;
  /** As typed, comma-separated; split only when a draft looks for a shared interest. */
  interests: string;
  recentPost: string;
  milestone: string;
  milestoneOn: Day | undefined;
  recentPostOn: Day | undefined;
  askedForInterviewOn: Day | undefined;
  /** The day the user marked the row Done (a tick means today); undefined when not done. */
  done: Day | undefined;
  /** May be after today: the row is snoozed until then. */
  snoozeUntil: Day | undefined;
}

/** Something in a row that cannot be read: enough to find and fix it. */
export interface RowProblem {
  /** The header as Tend names it, e.g. "Requested on". */
  column: string;
  /** The value as typed; "" when the problem is a missing value. */
  value: string;
  message: string;
}

export type ParsedRow =
  | { kind: "blank"; rowNumber: number }
  | {
      kind: "contact";
      contact: Contact;
      problems: readonly RowProblem[];
      /** Columns whose cell holds something that cannot be used (unreadable, or a date after
       * today): the run never writes over them, the row check reports them. */
      unreadable: ReadonlySet<InputColumn>;
    };
