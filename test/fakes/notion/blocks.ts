/**
 * Page content: GET /v1/blocks/{id}, GET|PATCH /v1/blocks/{id}/children, DELETE /v1/blocks/{id}.
 * Shapes follow the DELETE answers recorded in test/fixtures/notion (child_page, child_database);
 * limits follow Notion's documentation: at most 100 children per array, two levels of nesting
 * per request, 1,000 blocks per request, page_size at most 100, cursors that are block ids.
 *
 * Only the block types below can be created (enough for text content); any other type in a
 * request is refused (_fake wording_). Deleting moves a block to the trash: it disappears from
 * its parent's children, and a second delete or an append under it is refused as Notion does
 * ("Can't edit block that is archived").
 */
import { bodyValidation, objectNotFound, validationError } from "./errors.js";
import { minuteTime, normalizeId } from "./ids.js";
import type { FakeNotionModel } from "./model.js";
import { richTextItemFromRequest } from "./rich-text.js";
import { isObject } from "./schema.js";
import type { BlockRecord, Json, JsonObject } from "./types.js";
import { checkRichText, expectArray, expectObject } from "./validation.js";

const ARCHIVED = "Can't edit block that is archived. You must unarchive the block before editing.";
const MAX_CHILDREN = 100;
const MAX_BLOCKS_PER_REQUEST = 1000;
const MAX_PAGE_SIZE = 100;

const TEXT_BLOCKS = new Set([
  "paragraph",
  "quote",
  "bulleted_list_item",
  "numbered_list_item",
  "toggle",
  "to_do",
  "callout",
  "heading_1",
  "heading_2",
  "heading_3",
]);
const CREATABLE = new Set([...TEXT_BLOCKS, "divider"]);
const COLORS = new Set(
  ["default", "gray", "brown", "orange", "yellow", "green", "blue", "purple", "pink", "red"].flatMap((c) =>
    c === "default" ? [c] : [c, `${c}_background`],
  ),
);

/** What a page or block id names, when it can hold blocks. */
type Container =
  | { kind: "block"; block: BlockRecord }
  | { kind: "page"; id: string; inTrash: boolean; title: string; touch: (ms: number) => void };

function container(model: FakeNotionModel, id: string): Container {
  const block = model.blocks.get(id);
  if (block !== undefined) return { kind: "block", block };
  const page = model.pageRecords.get(id);
  if (page !== undefined) {
    return {
      kind: "page",
      id,
      inTrash: page.inTrash,
      title: titleOf(model, id),
      touch: (ms) => {
        page.lastEditedMs = ms;
      },
    };
  }
  const standalone = model.standalonePages.get(id);
  if (standalone !== undefined) {
    return {
      kind: "page",
      id,
      inTrash: standalone.inTrash,
      title: standalone.title,
      touch: (ms) => {
        standalone.lastEditedMs = ms;
      },
    };
  }
  throw blockNotFound(id);
}

function blockNotFound(id: string) {
  // Notion says "block" for every id of the blocks endpoints, pages included.
  return objectNotFound("block", id);
}

function titleOf(model: FakeNotionModel, pageId: string): string {
  const view = model.view(model.page(pageId));
  const title = Object.entries(view.raw.properties as JsonObject).find(
    ([, value]) => isObject(value) && value.type === "title",
  );
  return title === undefined ? "" : String(view.values[title[0]] ?? "");
}

// ---------------------------------------------------------------------------------------------
// Rendering

export function blockJson(model: FakeNotionModel, block: BlockRecord): JsonObject {
  const hasChildren = model.childrenOf(block.id).length > 0;
  return {
    object: "block",
    id: block.id,
    parent:
      block.parentType === "page_id"
        ? { type: "page_id", page_id: block.parentId }
        : { type: "block_id", block_id: block.parentId },
    created_time: minuteTime(block.createdMs),
    last_edited_time: minuteTime(block.lastEditedMs),
    created_by: { object: "user", id: block.createdBy },
    last_edited_by: { object: "user", id: block.lastEditedBy },
    has_children: hasChildren,
    in_trash: block.inTrash,
    type: block.type,
    [block.type]: structuredClone(block.payload),
    archived: block.inTrash,
  };
}

/** A page seen through the blocks endpoints: a `child_page` block, as in the recordings. */
function pageBlockJson(model: FakeNotionModel, id: string): JsonObject {
  const standalone = model.standalonePages.get(id);
  const page = model.pageRecords.get(id);
  const record = standalone ?? page;
  if (record === undefined) throw blockNotFound(id);
  const parent: JsonObject =
    standalone !== undefined
      ? { type: "page_id", page_id: standalone.parentPageId }
      : { type: "data_source_id", data_source_id: page?.dataSourceId ?? null };
  return {
    object: "block",
    id,
    parent,
    created_time: minuteTime(record.createdMs),
    last_edited_time: minuteTime(record.lastEditedMs),
    created_by: { object: "user", id: record.createdBy },
    last_edited_by: { object: "user", id: record.lastEditedBy },
    has_children: model.childrenOf(id).length > 0,
    in_trash: record.inTrash,
    type: "child_page",
    child_page: { title: standalone?.title ?? titleOf(model, id) },
    archived: record.inTrash,
  };
}

// ---------------------------------------------------------------------------------------------
// Requests

interface NewBlock {
  type: string;
  payload: JsonObject;
  children: NewBlock[];
}

function show(v: Json | undefined): string {
  return v === undefined ? "undefined" : JSON.stringify(v);
}

function parseColor(v: Json | undefined, path: string): string {
  if (v === undefined) return "default";
  if (typeof v !== "string" || !COLORS.has(v))
    throw bodyValidation(`${path} should be a color, instead was \`${show(v)}\`.`);
  return v;
}

function parseIcon(v: Json | undefined, path: string): Json {
  if (v === undefined) return { type: "emoji", emoji: "💡" };
  if (v === null) return null;
  const icon = expectObject(v, path);
  if (typeof icon.emoji === "string") return { type: "emoji", emoji: icon.emoji };
  if (isObject(icon.external) && typeof icon.external.url === "string")
    return { type: "external", external: { url: icon.external.url } };
  throw bodyValidation(`${path} should be an emoji or an external file, instead was \`${show(v)}\`.`);
}

/** One block of a request, at `depth` 1 (the children of the call) or 2 (their children). */
function parseBlock(v: Json, path: string, depth: number, counter: { n: number }): NewBlock {
  const raw = expectObject(v, path);
  counter.n += 1;
  if (counter.n > MAX_BLOCKS_PER_REQUEST)
    throw validationError(`A request may create at most ${MAX_BLOCKS_PER_REQUEST} blocks.`);
  const type = typeof raw.type === "string" ? raw.type : Object.keys(raw).find((key) => key !== "object");
  if (type === undefined || !CREATABLE.has(type))
    throw bodyValidation(
      `${path} should be a block of type ${[...CREATABLE].join(", ")}, instead was \`${show(v)}\`.`,
    );
  for (const key of Object.keys(raw)) {
    if (key !== "type" && key !== "object" && key !== type)
      throw bodyValidation(`${path}.${key} should be not present, instead was \`${show(raw[key])}\`.`);
  }
  const body = raw[type] === undefined ? undefined : expectObject(raw[type], `${path}.${type}`);
  if (body === undefined)
    throw bodyValidation(`${path}.${type} should be defined, instead was \`undefined\`.`);
  const payload: JsonObject = {};
  if (TEXT_BLOCKS.has(type)) {
    checkRichText(body.rich_text, `${path}.${type}.rich_text`);
    payload.rich_text = (body.rich_text as JsonObject[]).map(richTextItemFromRequest);
    if (type.startsWith("heading_")) {
      if (body.is_toggleable !== undefined && typeof body.is_toggleable !== "boolean")
        throw bodyValidation(
          `${path}.${type}.is_toggleable should be a boolean, instead was \`${show(body.is_toggleable)}\`.`,
        );
      payload.is_toggleable = body.is_toggleable === true;
    }
    if (type === "to_do") {
      if (body.checked !== undefined && typeof body.checked !== "boolean")
        throw bodyValidation(
          `${path}.to_do.checked should be a boolean, instead was \`${show(body.checked)}\`.`,
        );
      payload.checked = body.checked === true;
    }
    if (type === "callout") payload.icon = parseIcon(body.icon, `${path}.callout.icon`);
    payload.color = parseColor(body.color, `${path}.${type}.color`);
  } else if (Object.keys(body).length > 0) {
    throw bodyValidation(`${path}.${type} should be an empty object, instead was \`${show(body)}\`.`);
  }
  const children: NewBlock[] = [];
  if (body.children !== undefined) {
    if (type === "divider" || (type.startsWith("heading_") && payload.is_toggleable !== true))
      throw validationError(`${path}: a ${type} block cannot have children.`);
    if (depth >= 2)
      throw validationError(
        `${path}.${type}.children: a request may nest blocks at most two levels deep; append the deeper children in a second request.`,
      );
    expectArray(body.children, `${path}.${type}.children`, MAX_CHILDREN).forEach((child, index) => {
      children.push(parseBlock(child, `${path}.${type}.children[${index}]`, depth + 1, counter));
    });
  }
  return { type, payload, children };
}

function insertTree(model: FakeNotionModel, parent: Container, blocks: NewBlock[], after?: string) {
  const parentId = parent.kind === "block" ? parent.block.id : parent.id;
  const parentType = parent.kind === "block" ? "block_id" : "page_id";
  const created: BlockRecord[] = [];
  let previous = after;
  for (const block of blocks) {
    const record = model.insertBlock(
      parentId,
      parentType,
      block.type,
      block.payload,
      previous === undefined ? {} : { after: previous },
    );
    if (previous !== undefined) previous = record.id;
    if (block.children.length > 0) insertTree(model, { kind: "block", block: record }, block.children);
    created.push(record);
  }
  return created;
}

function touch(model: FakeNotionModel, target: Container): void {
  const now = model.now();
  if (target.kind === "block") {
    target.block.lastEditedMs = now;
    target.block.lastEditedBy = model.options.workspace.botUserId;
  } else target.touch(now);
}

// ---------------------------------------------------------------------------------------------
// Handlers

export function retrieveBlock(model: FakeNotionModel, rawId: string): JsonObject {
  const id = normalizeId(rawId, "path.block_id");
  const block = model.blocks.get(id);
  return block === undefined ? pageBlockJson(model, id) : blockJson(model, block);
}

export function listChildren(model: FakeNotionModel, rawId: string, query: URLSearchParams): JsonObject {
  const id = normalizeId(rawId, "path.block_id");
  container(model, id);
  const sizeText = query.get("page_size");
  let pageSize = MAX_PAGE_SIZE;
  if (sizeText !== null) {
    const size = Number(sizeText);
    if (!Number.isInteger(size))
      throw validationError(
        `query failed validation: query.page_size should be a number, instead was \`"${sizeText}"\`.`,
      );
    if (size > MAX_PAGE_SIZE)
      throw validationError(
        `query failed validation: query.page_size should be ≤ \`${MAX_PAGE_SIZE}\`, instead was \`${size}\`.`,
      );
    if (size < 1)
      throw validationError(
        `query failed validation: query.page_size should be ≥ \`1\`, instead was \`${size}\`.`,
      );
    pageSize = size;
  }
  const children = model.childrenOf(id);
  let from = 0;
  const cursor = query.get("start_cursor");
  if (cursor !== null && cursor !== "") {
    from = children.findIndex((child) => child.id === cursor);
    if (from < 0) throw validationError(`The start_cursor provided is invalid: ${JSON.stringify(cursor)}`);
  }
  const slice = children.slice(from, from + pageSize);
  const next = children[from + pageSize];
  return {
    object: "list",
    results: slice.map((block) => blockJson(model, block)),
    next_cursor: next === undefined ? null : next.id,
    has_more: next !== undefined,
    type: "block",
    block: {},
  };
}

export function appendChildren(model: FakeNotionModel, rawId: string, body: JsonObject): JsonObject {
  const id = normalizeId(rawId, "path.block_id");
  const parent = container(model, id);
  if ((parent.kind === "block" ? parent.block.inTrash : parent.inTrash) === true)
    throw validationError(ARCHIVED);
  if (parent.kind === "block" && !TEXT_BLOCKS.has(parent.block.type))
    throw validationError(`Block type ${parent.block.type} does not support children.`);
  if (body.children === undefined)
    throw bodyValidation("body.children should be defined, instead was `undefined`.");
  const counter = { n: 0 };
  const blocks = expectArray(body.children, "body.children", MAX_CHILDREN).map((child, index) =>
    parseBlock(child, `body.children[${index}]`, 1, counter),
  );
  let after: string | undefined;
  if (body.after !== undefined) {
    if (typeof body.after !== "string")
      throw bodyValidation(`body.after should be a string, instead was \`${show(body.after)}\`.`);
    after = normalizeId(body.after, "body.after");
    if (!model.childrenOf(id).some((child) => child.id === after))
      throw validationError(`Block ${after} is not a child of ${id}.`);
  }
  const created = insertTree(model, parent, blocks, after);
  touch(model, parent);
  return {
    object: "list",
    results: created.map((block) => blockJson(model, block)),
    next_cursor: null,
    has_more: false,
    type: "block",
    block: {},
  };
}

export function deleteBlock(model: FakeNotionModel, rawId: string): JsonObject {
  const id = normalizeId(rawId, "path.block_id");
  const block = model.blocks.get(id);
  const now = model.now();
  if (block !== undefined) {
    if (block.inTrash) throw validationError(ARCHIVED);
    block.inTrash = true;
    block.lastEditedMs = now;
    block.lastEditedBy = model.options.workspace.botUserId;
    return blockJson(model, block);
  }
  const standalone = model.standalonePages.get(id);
  const page = model.pageRecords.get(id);
  const record = standalone ?? page;
  if (record === undefined) throw blockNotFound(id);
  if (record.inTrash) throw validationError(ARCHIVED);
  record.inTrash = true;
  record.lastEditedMs = now;
  return pageBlockJson(model, id);
}

/** Plain text of a block's rich text (test helper). */
export function blockText(block: BlockRecord): string {
  const items = block.payload.rich_text;
  if (!Array.isArray(items)) return "";
  return items
    .map((item) => (isObject(item) && typeof item.plain_text === "string" ? item.plain_text : ""))
    .join("");
}
