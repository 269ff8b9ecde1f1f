import { deflatedEntry, inflateEntry, writeZip, type ZipEntry } from "./zip-archive.js";

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** The parts of an OPC package by name (case-insensitive, as OPC names are), with edits kept aside. */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly edited = new Map<string, string>();
  private readonly added: string[] = [];
  private readonly dropped = new Set<string>();

  constructor(private readonly entries: readonly ZipEntry[]) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    return !this.dropped.has(key) && (this.byName.has(key) || this.edited.has(key));
  }

  /** The part's text (UTF-8, or UTF-16 when it starts with that byte-order mark); undefined if missing. */
  text(name: string): string | undefined {
    const key = name.toLowerCase();
    if (this.dropped.has(key)) return undefined;
    const edited = this.edited.get(key);
    if (edited !== undefined) return edited;
    const entry = this.byName.get(key);
    if (entry === undefined) return undefined;
    const bytes = inflateEntry(entry);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    return decoder.decode(bytes);
  }

  /** The stored name of a part, as the zip spells it. */
  nameOf(name: string): string {
    return this.byName.get(name.toLowerCase())?.name ?? name;
  }

  setText(name: string, text: string): void {
    const key = name.toLowerCase();
    if (!this.byName.has(key) && !this.edited.has(key)) this.added.push(name);
    this.edited.set(key, text);
    this.dropped.delete(key);
  }

  drop(name: string): void {
    this.dropped.add(name.toLowerCase());
  }

  /** The package as a zip: untouched parts as their original compressed bytes, in their order. */
  toBytes(): Uint8Array {
    const out: ZipEntry[] = [];
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      if (this.dropped.has(key)) continue;
      const text = this.edited.get(key);
      out.push(text === undefined ? entry : deflatedEntry(entry.name, encoder.encode(text), entry.mtime));
    }
    for (const name of this.added) {
      const key = name.toLowerCase();
      const text = this.edited.get(key);
      if (text !== undefined && !this.dropped.has(key))
        out.push(deflatedEntry(name, encoder.encode(text), new Date()));
    }
    return writeZip(out);
  }
}
