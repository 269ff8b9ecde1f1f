import type { InputColumn } from "../../contacts/columns.js";
import type { HeaderMap } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";

/** Where each input column sits in a grid row; -1 where the table lacks the column. */
export type InputPositions = Record<InputColumn, number>;

export function inputPositions(map: HeaderMap): InputPositions {
  const at = (column: InputColumn) => map.input[column] ?? -1;
  return {
    name: at("name"),
    linkedinUrl: at("linkedinUrl"),
    type: at("type"),
    company: at("company"),
    title: at("title"),
    relationship: at("relationship"),
    metAt: at("metAt"),
    status: at("status"),
    aligned: at("aligned"),
    mutualConnections: at("mutualConnections"),
    profile: at("profile"),
    requestedOn: at("requestedOn"),
    followedUpOn: at("followedUpOn"),
    followedOn: at("followedOn"),
    connectedOn: at("connectedOn"),
    lastInteraction: at("lastInteraction"),
    keepInTouchDays: at("keepInTouchDays"),
    interests: at("interests"),
    recentPost: at("recentPost"),
    milestone: at("milestone"),
    milestoneOn: at("milestoneOn"),
    recentPostOn: at("recentPostOn"),
    askedForInterviewOn: at("askedForInterviewOn"),
    done: at("done"),
    snoozeUntil: at("snoozeUntil"),
    notes: at("notes"),
    firstName: at("firstName"),
    lastName: at("lastName"),
  };
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
