import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/** One stored file of a zip: its compressed bytes as they are in the archive. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate (the only two an .xlsx uses) */
  readonly method: number;
  readonly crc: number;
  /** uncompressed size */
  readonly size: number;
  readonly raw: Uint8Array;
  readonly mtime: Date;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The entries of a zip, read from its central directory (APPNOTE 4.3.12). Hand-written because
 * fflate's unzip inflates every entry it returns and gives no CRC, and copying an untouched part
 * as its original compressed bytes needs both.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new Error("zip64 archives are not supported");
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new Error("the zip's central directory is damaged");
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new Error(`the zip entry ${name} is encrypted`);
    if (compressedSize === 0xffffffff || local === 0xffffffff)
      throw new Error("zip64 archives are not supported");
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new Error(`the zip entry ${name} is damaged`);
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      raw: bytes.subarray(start, start + compressedSize),
      mtime: dosTime(view.getUint16(at + 12, true), view.getUint16(at + 14, true)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error("not a zip archive");
}

function dosTime(time: number, date: number): Date {
  const year = 1980 + (date >> 9);
  const month = Math.max(1, (date >> 5) & 15);
  const day = Math.max(1, date & 31);
  return new Date(year, month - 1, day, time >> 11, (time >> 5) & 63, (time & 31) * 2);
}

export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.raw;
  if (entry.method !== 8)
    throw new Error(`the zip entry ${entry.name} uses compression method ${entry.method}`);
  // node:zlib, not fflate: measured 5x faster on a 9 MB worksheet (10 ms against 50 ms).
  return inflateRawSync(entry.raw);
}

export function deflatedEntry(name: string, data: Uint8Array, mtime: Date): ZipEntry {
  // node:zlib is 3x faster than fflate at the same level. Level 2 rather than the default 6: on
  // a 27 MB sheet (30,000 rows) 140 ms against 610 ms, for a part 23% larger (3.7 MB, not 3.0).
  return {
    name,
    method: 8,
    crc: crc32(data),
    size: data.length,
    raw: deflateRawSync(data, { level: 2 }),
    mtime,
  };
}

/** A zip of these entries in this order, their compressed bytes written as they are. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    // fflate accepts any entry that states its own CRC and size: the raw bytes pass through.
    const file: ZipInputFile = {
      filename: entry.name,
      size: entry.size,
      crc: entry.crc,
      compression: entry.method,
      mtime: entry.mtime,
    };
    zip.add(file);
    // fflate types its chunks as backed by an ArrayBuffer; these are views of the input or zlib output.
    file.ondata?.(null, entry.raw as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
