import { INPUT_COLUMNS, type InputColumn } from "../../contacts/columns.js";
import type { HeaderMap } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";

/** Where each input column sits in a grid row; -1 where the table lacks the column. */
export type InputPositions = Record<InputColumn, number>;

export function inputPositions(map: HeaderMap): InputPositions {
  // Read by name, once per table: its shape does not matter, unlike the rows' below.
  const keys = Object.keys(INPUT_COLUMNS) as InputColumn[];
  return Object.fromEntries(keys.map((column) => [column, map.input[column] ?? -1])) as InputPositions;
}

/**
 * One row's input cells by column, every column present (undefined where the table lacks it).
 * Written as one literal on purpose: every row then shares one compact object shape, where
 * adding the columns one by one turns each row's object into a slow, large dictionary (V8
 * does that past a dozen properties added by a computed key), which the whole run then reads.
 */
export function inputCellsAt(
  cells: readonly CellValue[],
  at: InputPositions,
): Record<InputColumn, CellValue> {
  return {
    name: cells[at.name],
    linkedinUrl: cells[at.linkedinUrl],
    type: cells[at.type],
    company: cells[at.company],
    title: cells[at.title],
    relationship: cells[at.relationship],
    metAt: cells[at.metAt],
    status: cells[at.status],
    aligned: cells[at.aligned],
    mutualConnections: cells[at.mutualConnections],
    profile: cells[at.profile],
    requestedOn: cells[at.requestedOn],
    followedUpOn: cells[at.followedUpOn],
    followedOn: cells[at.followedOn],
    connectedOn: cells[at.connectedOn],
    lastInteraction: cells[at.lastInteraction],
    keepInTouchDays: cells[at.keepInTouchDays],
    interests: cells[at.interests],
    recentPost: cells[at.recentPost],
    milestone: cells[at.milestone],
    milestoneOn: cells[at.milestoneOn],
    recentPostOn: cells[at.recentPostOn],
    askedForInterviewOn: cells[at.askedForInterviewOn],
    done: cells[at.done],
    snoozeUntil: cells[at.snoozeUntil],
    notes: cells[at.notes],
    firstName: cells[at.firstName],
    lastName: cells[at.lastName],
  };
}
