import type { TextEncoding } from "./text-encoding.js";

/**
 * A file's new bytes built in one buffer: bytes kept from the old file are copied in, new text is
 * encoded straight into it. Encoding each piece to a buffer of its own and joining them at the
 * end cost an allocation a piece and one more copy of the whole file.
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;
  private readonly endings = new Map<string, Uint8Array>();

  constructor(
    private readonly encoding: TextEncoding,
    capacity: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(capacity, 1024));
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A line ending ("\r\n", "\n", "\r" or ""): its bytes made once, rather than an encoder call a record. */
  ending(ending: string): void {
    let bytes = this.endings.get(ending);
    if (bytes === undefined) {
      bytes = this.encoding.encode(ending);
      this.endings.set(ending, bytes);
    }
    this.reserve(bytes.length);
    for (let at = 0; at < bytes.length; at++) this.buffer[this.length++] = bytes[at] as number;
  }

  /** Only for text the encoding can hold (see TextEncoding.unrepresentable). */
  text(text: string): void {
    if (text === "") return;
    this.reserve(text.length * this.encoding.maxBytes);
    this.length += this.encoding.encodeInto(text, this.buffer, this.length);
  }

  /** What was written: a view of the buffer, which nothing writes to any more. */
  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
