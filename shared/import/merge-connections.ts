import type { ConnectionRecord } from "../linkedin/connections.js";
import { applyJobChange } from "./job-change.js";
import type { PlanState } from "./plan-state.js";
import { nameKey } from "./table-index.js";
import { fillName, fillText, moveDate, moveStatus, type WorkingRow } from "./working-row.js";

/**
 * Connections.csv: every connection becomes, or updates, a row with Status Connected,
 * Connected on, Name, Company, Title and LinkedIn URL. Matched by profile key; an export
 * without a URL column (before mid-2023) leaves only the name, see {@link rowForKeyless}.
 */
export function mergeConnections(connections: readonly ConnectionRecord[], state: PlanState): void {
  const keylessNames = new Map<string, number>();
  for (const connection of connections) {
    if (connection.key !== undefined) continue;
    const name = nameKey(connection.name);
    if (name !== "") keylessNames.set(name, (keylessNames.get(name) ?? 0) + 1);
  }
  for (const connection of connections) {
    if (connection.key !== undefined && connection.key === state.ownerKey) continue;
    const row =
      connection.key === undefined
        ? rowForKeyless(connection, keylessNames, state)
        : (state.index.withKey(connection.key) ?? addConnection(state, connection.key));
    if (row === undefined) continue;
    row.matched = true;
    mergeConnection(row, connection, state);
  }
}

function addConnection(state: PlanState, key: string | undefined): WorkingRow {
  state.added.connections += 1;
  return state.index.add(key === undefined ? {} : { key });
}

function mergeConnection(row: WorkingRow, connection: ConnectionRecord, state: PlanState): void {
  fillName(row, connection.name, connection.firstName, connection.lastName);
  if (connection.key !== undefined) fillText(row, "linkedinUrl", connection.url);
  if (!row.isNew) {
    const change = applyJobChange(row, connection, state.milestoneDay, state.context);
    if (change !== undefined) state.jobChanges.push(change);
  }
  fillText(row, "company", connection.company.trim());
  fillText(row, "title", connection.position.trim());
  moveStatus(row, "Connected", state.context);
  if (connection.connectedOn !== undefined)
    moveDate(row, "connectedOn", connection.connectedOn, state.context);
}

/**
 * A connection without a profile URL can only be told by its name. It is matched to a row
 * only when neither side can be confused: one connection of that name in the export, one row
 * of that name in the table, and that row has no URL either (a row with a URL may be another
 * person of the same name). With no row of that name it is added without a URL.
 */
function rowForKeyless(
  connection: ConnectionRecord,
  keylessNames: ReadonlyMap<string, number>,
  state: PlanState,
): WorkingRow | undefined {
  const where = `${state.files.connections} line ${connection.line}`;
  const name = nameKey(connection.name);
  if (name === "") {
    state.skipped.add(
      "Connections.csv row with neither a name nor a profile URL (columns deleted after the export?): cannot be matched to a contact",
      where,
    );
    return undefined;
  }
  if ((keylessNames.get(name) ?? 0) > 1) {
    state.skipped.add(
      "several connections share this name and the export has no profile URLs to tell them apart",
      `${connection.name} (${where})`,
    );
    return undefined;
  }
  const rows = state.index.rowsNamed(connection.name);
  if (rows.length === 0) return addConnection(state, undefined);
  const [only] = rows;
  if (rows.length === 1 && only !== undefined && only.text("linkedinUrl") === "") return only;
  state.skipped.add(
    "no profile URL in the export, and the table has another row of this name (or one with a URL): cannot tell whether it is the same person",
    `${connection.name} (${where})`,
  );
  return undefined;
}
