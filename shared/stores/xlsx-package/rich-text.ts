import { decodeOoxmlText } from "./xml-text.js";

/**
 * The text of an <si> (shared string) or <is> (inline string): every <t>, plain or in a rich-text
 * run, joined; <rPh> runs are phonetic hints for East Asian text, not part of the value.
 */
export class RichTextCollector {
  private inPhonetic = false;
  private inText = false;
  private text = "";

  reset(): void {
    this.inPhonetic = false;
    this.inText = false;
    this.text = "";
  }

  open(local: string, selfClosing: boolean): void {
    if (local === "rPh") this.inPhonetic = !selfClosing;
    else if (local === "t" && !selfClosing && !this.inPhonetic) this.inText = true;
  }

  close(local: string): void {
    if (local === "rPh") this.inPhonetic = false;
    else if (local === "t") this.inText = false;
  }

  characters(text: string): void {
    if (this.inText) this.text += text;
  }

  value(): string {
    return decodeOoxmlText(this.text);
  }
}
