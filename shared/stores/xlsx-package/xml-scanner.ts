import { characterData, normaliseAttribute, normaliseLineEnds } from "./xml-entities.js";
import type { XmlHandlers, XmlTag } from "./xml-events.js";

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const QUESTION = 63;

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

/** The tokenizer behind parseXml (xml-events.ts), which says why it is hand-written. */
export class Scanner implements XmlTag {
  local = "";
  name = "";
  start = 0;
  end = 0;
  selfClosing = false;
  /** name start, name end, value start, value end of each attribute of the current tag */
  private spans = new Int32Array(64);
  private count = 0;
  private built: Record<string, string> | undefined;
  /** names and local names of the elements open around the current offset */
  private readonly open: string[] = [];
  private readonly openLocal: string[] = [];
  /** the next "<" after the current tag's name: no attribute value may reach it */
  private nextLessThan = -1;
  /** recent names, so that a million <c> tags share one string instead of a million */
  private readonly names = new Map<number, string[]>();

  constructor(
    private readonly xml: string,
    private readonly handlers: XmlHandlers,
  ) {}

  /**
   * Scans from `from` to the end of the text, or, when `single`, to the end of the one element
   * (or comment) that starts there; returns the offset where it stopped.
   */
  run(from: number, single: boolean): number {
    const { xml } = this;
    let at = from === 0 && xml.charCodeAt(0) === 0xfeff ? 1 : from;
    let rootSeen = false;
    while (at < xml.length) {
      const lt = xml.indexOf("<", at);
      const textEnd = lt < 0 ? xml.length : lt;
      if (textEnd > at) this.text(at, textEnd, rootSeen);
      if (lt < 0) break;
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) at = this.closeTag(lt);
      else if (next === BANG) at = this.markup(lt);
      else if (next === QUESTION) at = this.until(lt, "?>", "processing instruction");
      else {
        if (rootSeen && this.open.length === 0) throw new Error(`a second root element at offset ${lt}`);
        rootSeen = true;
        at = this.openTag(lt);
      }
      if (single && this.open.length === 0) return at;
    }
    if (this.open.length > 0) throw new Error(`<${this.open[this.open.length - 1]}> is never closed`);
    if (!rootSeen) throw new Error("there is no element");
    return at;
  }

  attribute(name: string): string | undefined {
    const { xml, spans } = this;
    for (let at = 0; at < this.count * 4; at += 4) {
      const nameStart = spans[at] as number;
      if ((spans[at + 1] as number) - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return this.value(at);
      }
    }
    return undefined;
  }

  get attributes(): Record<string, string> {
    if (this.built === undefined) {
      this.built = {};
      for (let at = 0; at < this.count * 4; at += 4) {
        this.built[this.xml.slice(this.spans[at], this.spans[at + 1])] = this.value(at);
      }
    }
    return this.built;
  }

  private value(at: number): string {
    const raw = this.xml.slice(this.spans[at + 2], this.spans[at + 3]);
    return normaliseAttribute(raw);
  }

  private text(from: number, to: number, rootSeen: boolean): void {
    const { xml } = this;
    if (this.open.length === 0) {
      for (let at = from; at < to; at++) {
        if (!isSpace(xml.charCodeAt(at))) {
          throw new Error(`text ${rootSeen ? "after" : "before"} the root element at offset ${at}`);
        }
      }
      return;
    }
    if (this.handlers.text === undefined) return;
    const raw = xml.slice(from, to);
    if (raw.includes("]]>")) throw new Error(`"]]>" in text at offset ${from}`);
    this.handlers.text(characterData(raw));
  }

  private openTag(lt: number): number {
    const { xml } = this;
    let at = lt + 1;
    while (at < xml.length) {
      const code = xml.charCodeAt(at);
      if (code === GT || code === SLASH || isSpace(code)) break;
      at++;
    }
    if (at === lt + 1) throw new Error(`"<" without a name at offset ${lt}`);
    this.name = this.nameAt(lt + 1, at);
    this.local = this.nameAt(lt + 1 + this.name.indexOf(":") + 1, at);
    this.count = 0;
    this.built = undefined;
    at = this.readAttributes(at);
    this.selfClosing = xml.charCodeAt(at) === SLASH;
    if (this.selfClosing) at++;
    if (xml.charCodeAt(at) !== GT) throw new Error(`<${this.name}> is not closed with ">" at offset ${at}`);
    this.start = lt;
    this.end = at + 1;
    this.handlers.open?.(this);
    if (this.selfClosing) this.handlers.close?.(this.local, this.end);
    else {
      this.open.push(this.name);
      this.openLocal.push(this.local);
      // The reader read the content itself: the element's end tag comes next.
      const resume = this.handlers.readContent?.(this);
      if (resume !== undefined) return resume;
    }
    return at + 1;
  }

  /** xml[from, to) as a string, the same string object each time a recent name recurs */
  private nameAt(from: number, to: number): string {
    const key = (to - from) * 65_536 + this.xml.charCodeAt(from);
    let recent = this.names.get(key);
    if (recent === undefined) {
      recent = [];
      this.names.set(key, recent);
    }
    for (const name of recent) if (this.xml.startsWith(name, from)) return name;
    const name = this.xml.slice(from, to);
    if (recent.length < 8) recent.push(name);
    return name;
  }

  /** Reads name="value" pairs up to "/" or ">", returning that offset. */
  private readAttributes(from: number): number {
    const { xml } = this;
    let at = from;
    this.nextLessThan = -1;
    for (;;) {
      const before = at;
      while (isSpace(xml.charCodeAt(at))) at++;
      const code = xml.charCodeAt(at);
      if (code === GT || code === SLASH || at >= xml.length) return at;
      if (at === before) throw new Error(`no space before an attribute of <${this.name}> at offset ${at}`);
      const nameStart = at;
      while (at < xml.length) {
        const c = xml.charCodeAt(at);
        if (c === EQUALS || isSpace(c) || c === GT || c === SLASH) break;
        at++;
      }
      const nameEnd = at;
      while (isSpace(xml.charCodeAt(at))) at++;
      if (nameEnd === nameStart || xml.charCodeAt(at) !== EQUALS) {
        throw new Error(`an attribute of <${this.name}> without ="value" at offset ${nameStart}`);
      }
      at++;
      while (isSpace(xml.charCodeAt(at))) at++;
      const quote = xml.charCodeAt(at);
      if (quote !== QUOTE && quote !== APOSTROPHE) {
        throw new Error(`an attribute value of <${this.name}> without quotes at offset ${at}`);
      }
      const close = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
      if (close < 0) throw new Error(`an attribute value of <${this.name}> is never closed`);
      if (this.nextLessThan <= at && this.nextLessThan !== xml.length) {
        const found = xml.indexOf("<", at + 1);
        this.nextLessThan = found < 0 ? xml.length : found;
      }
      const lessThan = this.nextLessThan;
      if (lessThan < close) throw new Error(`"<" in an attribute value at offset ${lessThan}`);
      this.addSpan(nameStart, nameEnd, at + 1, close);
      at = close + 1;
    }
  }

  private addSpan(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if (this.count * 4 === this.spans.length) {
      const wider = new Int32Array(this.spans.length * 2);
      wider.set(this.spans);
      this.spans = wider;
    }
    const at = this.count++ * 4;
    this.spans[at] = nameStart;
    this.spans[at + 1] = nameEnd;
    this.spans[at + 2] = valueStart;
    this.spans[at + 3] = valueEnd;
  }

  private closeTag(lt: number): number {
    const { xml } = this;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new Error(`an end tag is never closed at offset ${lt}`);
    const expected = this.open.pop();
    const local = this.openLocal.pop() as string;
    let after = lt + 2 + (expected?.length ?? 0);
    while (after < gt && isSpace(xml.charCodeAt(after))) after++;
    if (expected === undefined || after !== gt || !xml.startsWith(expected, lt + 2)) {
      const name = xml.slice(lt + 2, gt).trimEnd();
      throw new Error(
        expected === undefined
          ? `</${name}> closes nothing at offset ${lt}`
          : `</${name}> closes <${expected}> at offset ${lt}`,
      );
    }
    this.handlers.close?.(local, gt + 1);
    return gt + 1;
  }

  /** <!-- comments -->, <![CDATA[ text ]]>; a <!DOCTYPE is refused */
  private markup(lt: number): number {
    const { xml } = this;
    if (xml.startsWith("<!--", lt)) return this.until(lt, "-->", "comment");
    if (xml.startsWith("<![CDATA[", lt)) {
      if (this.open.length === 0) throw new Error(`CDATA outside the root element at offset ${lt}`);
      const end = this.until(lt, "]]>", "CDATA section");
      this.handlers.text?.(normaliseLineEnds(xml.slice(lt + 9, end - 3)));
      return end;
    }
    throw new Error(`unexpected "${xml.slice(lt, lt + 9)}" at offset ${lt} (a DOCTYPE is not accepted)`);
  }

  private until(lt: number, terminator: string, what: string): number {
    const end = this.xml.indexOf(terminator, lt + 2);
    if (end < 0) throw new Error(`a ${what} is never closed at offset ${lt}`);
    return end + terminator.length;
  }
}
