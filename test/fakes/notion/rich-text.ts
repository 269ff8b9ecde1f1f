/** Rich text items as Notion returns them. */
import type { Json, JsonObject } from "./types.js";

export const MAX_TEXT_CONTENT = 2000;
export const MAX_RICH_TEXT_ITEMS = 100;

export const DEFAULT_ANNOTATIONS: JsonObject = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: "default",
};

export function textItem(content: string, link: string | null = null, annotations?: JsonObject): JsonObject {
  return {
    type: "text",
    text: { content, link: link === null ? null : { url: link } },
    annotations: { ...DEFAULT_ANNOTATIONS, ...(annotations ?? {}) },
    plain_text: content,
    href: link,
  };
}

/** A plain string as rich text, cut into items of at most 2,000 characters (as the API requires). */
export function richTextFromString(s: string): JsonObject[] {
  const items: JsonObject[] = [];
  for (let i = 0; i < s.length; i += MAX_TEXT_CONTENT) items.push(textItem(s.slice(i, i + MAX_TEXT_CONTENT)));
  return items;
}

export function plainText(items: Json | undefined): string {
  if (!Array.isArray(items)) return "";
  let out = "";
  for (const item of items) {
    if (
      item !== null &&
      typeof item === "object" &&
      !Array.isArray(item) &&
      typeof item.plain_text === "string"
    ) {
      out += item.plain_text;
    }
  }
  return out;
}

const isObject = (v: Json | undefined): v is JsonObject =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** A request rich text item (already validated) as the response item Notion stores. */
export function richTextItemFromRequest(req: JsonObject): JsonObject {
  const annotations = isObject(req.annotations) ? req.annotations : undefined;
  if (isObject(req.text)) {
    const content = typeof req.text.content === "string" ? req.text.content : "";
    const link = isObject(req.text.link) && typeof req.text.link.url === "string" ? req.text.link.url : null;
    return textItem(content, link, annotations);
  }
  if (isObject(req.equation)) {
    const expression = typeof req.equation.expression === "string" ? req.equation.expression : "";
    return {
      type: "equation",
      equation: { expression },
      annotations: { ...DEFAULT_ANNOTATIONS, ...(annotations ?? {}) },
      plain_text: expression,
      href: null,
    };
  }
  const mention = isObject(req.mention) ? req.mention : {};
  return {
    type: "mention",
    mention,
    annotations: { ...DEFAULT_ANNOTATIONS, ...(annotations ?? {}) },
    plain_text: typeof req.plain_text === "string" ? req.plain_text : "@mention",
    href: null,
  };
}
