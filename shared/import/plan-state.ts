import type { Day } from "../contacts/days.js";
import type { DateOrder } from "../contacts/parse-date.js";
import type { ImportReport, JobChange } from "./import-report.js";
import { SkipList } from "./import-report.js";
import type { TableIndex } from "./table-index.js";
import type { MergeContext } from "./working-row.js";

/** What the merge steps share while one import is planned. */
export interface PlanState {
  index: TableIndex;
  context: MergeContext;
  skipped: SkipList;
  added: ImportReport["added"];
  jobChanges: JobChange[];
  /** The day job changes are dated: the export's day, else today. */
  milestoneDay: Day | undefined;
  ownerKey: string | undefined;
  /** The file names as the user knows them, for examples in the report. */
  files: { connections: string; invitations: string; companyFollows: string; messages: string };
}

export function newPlanState(
  index: TableIndex,
  options: { today: Day | undefined; dateOrder: DateOrder; milestoneDay: Day | undefined },
  ownerKey: string | undefined,
  files: PlanState["files"],
): PlanState {
  const skipped = new SkipList();
  return {
    index,
    skipped,
    context: {
      dateOrder: options.dateOrder,
      today: options.today,
      skip: (reason, example) => skipped.add(reason, example),
    },
    added: { total: 0, connections: 0, requestsSent: 0, incomingRequests: 0, companies: 0 },
    jobChanges: [],
    milestoneDay: options.milestoneDay,
    ownerKey,
    files,
  };
}
