import { isoDay } from "./export-dates.js";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/**
 * The modification day of every entry of a zip archive, read from its central directory
 * (fflate's unzip does not expose it). The DOS date is the creator's local day, taken as is.
 * An archive this cannot read (ZIP64, damaged directory) simply yields no dates: the export
 * date is a convenience, and fflate reports real damage when the entries are extracted.
 */
export function zipEntryDays(zip: Uint8Array): Map<string, string> {
  const days = new Map<string, string>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return days;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) break;
    const flags = view.getUint16(offset + 8, true);
    const dosDate = view.getUint16(offset + 14, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = zip.subarray(offset + 46, offset + 46 + nameLength);
    // Same rule as fflate, so the names match the ones unzipSync returns.
    const name = flags & 0x800 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes);
    const day = isoDay(((dosDate >> 9) & 0x7f) + 1980, (dosDate >> 5) & 0x0f, dosDate & 0x1f);
    if (day !== undefined) days.set(name, day);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return days;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return undefined;
}
