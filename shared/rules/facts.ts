import type { Contact } from "../contacts/contact.js";
import type { Day } from "../contacts/days.js";
import { KNOWN_RELATIONSHIPS } from "../contacts/enums.js";
import type { Settings } from "./settings.js";

/** A post is fresh for this many days (RULES.md §3, Engage). */
const FRESH_POST_DAYS = 30;

/**
 * The terms of RULES.md, computed once per contact. The dates Tend fills in (RULES.md §0) read
 * as today when they are still blank, so the rules give the same answer before and after the
 * run writes them.
 */
export class Facts {
  readonly known: boolean;
  readonly lastTouch: Day | undefined;
  readonly cadence: number;
  readonly targetCompany: boolean;
  readonly requestedOn: Day;
  readonly followedOn: Day | undefined;
  readonly milestoneOn: Day | undefined;
  readonly recentPostOn: Day | undefined;

  constructor(
    readonly contact: Contact,
    readonly settings: Settings,
    readonly today: Day,
  ) {
    this.known = KNOWN_RELATIONSHIPS.has(contact.relationship);
    this.lastTouch = latest(contact.lastInteraction, contact.connectedOn);
    this.cadence = contact.keepInTouchDays ?? settings.keepInTouchDays;
    this.targetCompany = isTargetCompany(contact.company, settings.targetCompanies);
    this.requestedOn = contact.requestedOn ?? today;
    this.followedOn = contact.followedOn ?? (contact.status === "Following" ? today : undefined);
    this.milestoneOn = contact.milestone === "" ? undefined : (contact.milestoneOn ?? today);
    this.recentPostOn = contact.recentPost === "" ? undefined : (contact.recentPostOn ?? today);
  }

  daysSince(day: Day): number {
    return this.today - day;
  }

  /** A fresh post: at most 30 days old, and no interaction since it (once per post). */
  get freshPost(): boolean {
    const posted = this.recentPostOn;
    if (posted === undefined || this.daysSince(posted) > FRESH_POST_DAYS) return false;
    const last = this.contact.lastInteraction;
    return last === undefined || last < posted;
  }

  /** A connection worth keeping up: said to fit, known, given a cadence, or talked with. */
  get relationshipToKeep(): boolean {
    const { contact } = this;
    return (
      contact.aligned === "Yes" ||
      this.known ||
      contact.keepInTouchDays !== undefined ||
      contact.lastInteraction !== undefined
    );
  }
}

function isTargetCompany(company: string, targets: readonly string[]): boolean {
  if (targets.length === 0 || company === "") return false;
  return targetSet(targets).has(company.trim().toLowerCase());
}

// The settings' list, lower-cased once rather than for every row.
const targetSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function targetSet(targets: readonly string[]): ReadonlySet<string> {
  let set = targetSets.get(targets);
  if (set === undefined) {
    set = new Set(targets.map((target) => target.trim().toLowerCase()));
    targetSets.set(targets, set);
  }
  return set;
}

function latest(a: Day | undefined, b: Day | undefined): Day | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
