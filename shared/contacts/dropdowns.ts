import { ACTIONS, PRIORITIES } from "../vocabulary/actions.js";
import type { InputColumn, OutputColumn } from "./columns.js";
import { ALIGNED, CONTACT_TYPES, PROFILES, RELATIONSHIPS, STATUSES } from "./enums.js";

/** The values offered in a dropdown (data validation) for every enumerated column, in workbooks and sheets alike. */
export const DROPDOWNS: Partial<Record<InputColumn | OutputColumn, readonly string[]>> = {
  type: CONTACT_TYPES.values,
  relationship: RELATIONSHIPS.values,
  status: STATUSES.values,
  aligned: ALIGNED.values,
  profile: PROFILES.values,
  suggestedAction: ACTIONS,
  priority: PRIORITIES,
};
