import type { CompanyFollowRecord } from "../linkedin/company-follows.js";
import type { PlanState } from "./plan-state.js";
import { nameKey } from "./table-index.js";
import { fillName, fillText, moveDate, moveStatus } from "./working-row.js";

/**
 * Company Follows.csv: companies with Type `Company`, Status `Following` and Followed on. The
 * file names the organisation only, so company rows are found by name, ignoring case. An
 * organisation listed several times (followed again) counts once, with its latest day.
 */
export function mergeCompanyFollows(follows: readonly CompanyFollowRecord[], state: PlanState): void {
  const latest = new Map<string, CompanyFollowRecord>();
  for (const follow of follows) {
    const key = nameKey(follow.organization);
    const known = latest.get(key);
    if (known === undefined || (follow.followedOn ?? "") > (known.followedOn ?? "")) latest.set(key, follow);
  }
  for (const follow of latest.values()) {
    let row = state.index.companyNamed(follow.organization);
    if (row === undefined) {
      row = state.index.add({ company: follow.organization });
      state.added.companies += 1;
    }
    row.matched = true;
    fillName(row, follow.organization, follow.organization);
    fillText(row, "type", "Company");
    moveStatus(row, "Following", state.context);
    if (follow.followedOn !== undefined) moveDate(row, "followedOn", follow.followedOn, state.context);
  }
}

/**
 * messages.csv: Last interaction becomes the day of the latest message exchanged with the
 * person when that is later than the cell. Matched by profile key only, never by name; people
 * who are in neither the table nor the export's connections and invitations are not added.
 */
export function mergeMessages(lastMessageByKey: ReadonlyMap<string, string>, state: PlanState): void {
  for (const [key, day] of lastMessageByKey) {
    if (key === state.ownerKey) continue;
    const row = state.index.withKey(key);
    if (row === undefined) {
      state.skipped.add(
        "exchanged messages with someone who is neither in the table nor a connection or invitation; not added",
        key,
      );
      continue;
    }
    row.matched = true;
    moveDate(row, "lastInteraction", day, state.context, "lastInteraction");
  }
}
