import type { Cell, JsonObject } from "./cells.js";
import { copyMaskedFields } from "./field-mask.js";
import { evaluateConstantFormula } from "./formula.js";
import { getCell, nextId, putCell, sheetById } from "./model.js";
import { asInt, asObject, fail, type GridArea, gridArea, type RequestContext } from "./request-context.js";
import { userEnteredValue } from "./spreadsheet-resource.js";

/** spreadsheets.batchUpdate requests that decorate cells: validation, formats, protection, charts. */

function eachCell(area: GridArea, visit: (cell: Cell, row: number, col: number) => void): void {
  for (let r = area.r0; r < area.r1; r++) {
    for (let c = area.c0; c < area.c1; c++) {
      const cell = getCell(area.sheet, r, c) ?? { value: null };
      visit(cell, r, c);
      putCell(area.sheet, r, c, cell);
    }
  }
}

export function setDataValidation(ctx: RequestContext, body: JsonObject): undefined {
  const area = gridArea(ctx, body.range);
  const rule = body.rule === undefined || body.rule === null ? undefined : asObject(body.rule);
  if (rule) {
    const condition = asObject(rule.condition);
    if (typeof condition.type !== "string") throw fail(ctx, "rule.condition.type is required.");
    if (condition.type === "ONE_OF_LIST" && !Array.isArray(condition.values)) {
      throw fail(ctx, "ONE_OF_LIST condition requires at least one value.");
    }
  }
  eachCell(area, (cell) => {
    if (rule) cell.validation = structuredClone(rule);
    else delete cell.validation;
  });
}

/** repeatCell: copies the masked fields of `cell` (formats, value, validation, note) to every cell. */
export function repeatCell(ctx: RequestContext, body: JsonObject): undefined {
  const area = gridArea(ctx, body.range);
  if (typeof body.fields !== "string" || body.fields === "") {
    throw fail(ctx, "At least one field must be updated, but none were specified.");
  }
  const fields = body.fields;
  const template = asObject(body.cell);
  eachCell(area, (cell) => {
    const view: JsonObject = {};
    const entered = userEnteredValue(cell);
    if (entered && cell.value !== null) view.userEnteredValue = entered;
    if (cell.format) view.userEnteredFormat = cell.format;
    if (cell.validation) view.dataValidation = cell.validation;
    if (cell.note !== undefined) view.note = cell.note;
    copyMaskedFields(view, template, fields);
    applyCellView(cell, view);
  });
}

function applyCellView(cell: Cell, view: JsonObject): void {
  const format = view.userEnteredFormat;
  if (format && typeof format === "object" && Object.keys(format).length > 0)
    cell.format = format as JsonObject;
  else delete cell.format;
  if (view.dataValidation) cell.validation = asObject(view.dataValidation);
  else delete cell.validation;
  if (typeof view.note === "string") cell.note = view.note;
  else delete cell.note;
  const entered = asObject(view.userEnteredValue);
  delete cell.formula;
  if (typeof entered.formulaValue === "string") {
    cell.formula = entered.formulaValue;
    cell.value = evaluateConstantFormula(entered.formulaValue) ?? null;
  } else {
    const value = entered.stringValue ?? entered.numberValue ?? entered.boolValue;
    cell.value =
      typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
  }
}

export function addProtectedRange(ctx: RequestContext, body: JsonObject): JsonObject {
  const requested = asObject(body.protectedRange);
  const area = gridArea(ctx, requested.range);
  const stored: JsonObject = {
    ...structuredClone(requested),
    protectedRangeId: asInt(requested.protectedRangeId, nextId(ctx.ss)),
    range: { ...asObject(requested.range), sheetId: area.sheet.properties.sheetId },
    requestingUserCanEdit: true,
  };
  if (stored.warningOnly !== true) {
    stored.editors = stored.editors ?? { users: ["owner@example.com"] };
  }
  area.sheet.protectedRanges.push(stored);
  return { addProtectedRange: { protectedRange: structuredClone(stored) } };
}

function findProtectedRange(ctx: RequestContext, id: unknown) {
  for (const sheet of ctx.ss.sheets) {
    const at = sheet.protectedRanges.findIndex((candidate) => candidate.protectedRangeId === id);
    if (at >= 0) return { sheet, at };
  }
  throw fail(ctx, `No protected range with id: ${String(id)}`);
}

export function deleteProtectedRange(ctx: RequestContext, body: JsonObject): undefined {
  const { sheet, at } = findProtectedRange(ctx, body.protectedRangeId);
  sheet.protectedRanges.splice(at, 1);
}

export function updateProtectedRange(ctx: RequestContext, body: JsonObject): undefined {
  const requested = asObject(body.protectedRange);
  const { sheet, at } = findProtectedRange(ctx, requested.protectedRangeId);
  const target = sheet.protectedRanges[at] ?? {};
  if (typeof body.fields !== "string") throw fail(ctx, "fields is required.");
  copyMaskedFields(target, requested, body.fields);
}

export function addConditionalFormatRule(ctx: RequestContext, body: JsonObject): undefined {
  const rule = asObject(body.rule);
  const ranges = Array.isArray(rule.ranges) ? rule.ranges : [];
  const first = ranges[0];
  if (first === undefined) throw fail(ctx, "The rule must have at least one range.");
  const areas = ranges.map((range) => gridArea(ctx, range));
  const area = areas[0] as GridArea;
  if (areas.some((other) => other.sheet !== area.sheet))
    throw fail(ctx, "All ranges must be on the same sheet.");
  if ((rule.booleanRule === undefined) === (rule.gradientRule === undefined))
    throw fail(ctx, "A conditional format rule must have exactly one of booleanRule or gradientRule.");
  if (rule.booleanRule !== undefined) checkCondition(ctx, asObject(asObject(rule.booleanRule).condition));
  const index = Math.min(asInt(body.index, 0), area.sheet.conditionalFormats.length);
  area.sheet.conditionalFormats.splice(index, 0, structuredClone(rule));
}

/** addChart: the fake only stores the chart (on the sheet its anchor cell names) and echoes it. */
export function addChart(ctx: RequestContext, body: JsonObject): JsonObject {
  const chart = structuredClone(asObject(body.chart));
  const position = asObject(chart.position);
  const anchor = asObject(asObject(position.overlayPosition).anchorCell);
  const sheetId = asInt(anchor.sheetId ?? position.sheetId, ctx.ss.sheets[0]?.properties.sheetId ?? 0);
  const sheet = sheetById(ctx.ss, sheetId);
  if (!sheet) throw fail(ctx, `No grid with id: ${sheetId}`);
  chart.chartId = asInt(chart.chartId, nextId(ctx.ss));
  sheet.charts.push(chart);
  return { addChart: { chart: structuredClone(chart) } };
}

/** A BooleanCondition as the API checks it: a type, and for a formula exactly one "=..." value. */
function checkCondition(ctx: RequestContext, condition: JsonObject): void {
  if (typeof condition.type !== "string") throw fail(ctx, "rule.condition.type is required.");
  const values = Array.isArray(condition.values) ? condition.values.map(asObject) : [];
  if (condition.type === "CUSTOM_FORMULA") {
    const formula = values[0]?.userEnteredValue;
    if (values.length !== 1 || typeof formula !== "string" || !formula.startsWith("="))
      throw fail(ctx, "CUSTOM_FORMULA condition requires one value, a formula starting with =.");
  }
}

/** addFilterView: stored on the sheet its range names, with an id, and echoed. */
export function addFilterView(ctx: RequestContext, body: JsonObject): JsonObject {
  const filter = structuredClone(asObject(body.filter));
  const area = gridArea(ctx, filter.range);
  for (const raw of Array.isArray(filter.filterSpecs) ? filter.filterSpecs : []) {
    const spec = asObject(raw);
    const column = asInt(spec.columnIndex, -1);
    if (column < area.c0 || column >= area.c1)
      throw fail(ctx, "filterSpecs columnIndex must be within the filter view's range.");
    const condition = asObject(spec.filterCriteria).condition;
    if (condition !== undefined) checkCondition(ctx, asObject(condition));
  }
  filter.filterViewId = asInt(filter.filterViewId, nextId(ctx.ss));
  area.sheet.filterViews.push(filter);
  return { addFilterView: { filter: structuredClone(filter) } };
}
