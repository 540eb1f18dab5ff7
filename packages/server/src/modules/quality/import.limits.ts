import type { FileFormat } from './import.readers.js';

/**
 * Bounds on an import file, checked before the work starts where the file allows it, so that a hostile or broken
 * file (a 700 KB XLSX that expands to 240 MB, a 100 MB cell) is refused in a few milliseconds instead of holding a
 * worker and its memory:
 *
 * - before anything is read: the file's size, and for an XLSX (a zip) the sizes its central directory declares for
 *   its entries once expanded, in total and for the shared strings table (which the reader keeps in memory);
 * - while reading, for what only the reading can tell: the number of rows and the length of a cell.
 *
 * A zip may lie about its sizes; the reading bounds still hold then, and the file's size bounds what it can hold.
 */
export interface ImportLimits {
  /** Bytes of the file as given (compressed, for an XLSX). @default 50 MiB */
  maxFileBytes: number;
  /** Bytes of an XLSX's entries once expanded, all together. @default 200 MiB */
  maxUncompressedBytes: number;
  /** Bytes of an XLSX's shared strings table once expanded. @default 50 MiB */
  maxSharedStringsBytes: number;
  /** Data rows. @default 1,000,000 */
  maxRows: number;
  /** Characters of one cell. @default 10,000 */
  maxCellLength: number;
}

const MiB = 1024 * 1024;

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 50 * MiB,
  maxUncompressedBytes: 200 * MiB,
  maxSharedStringsBytes: 50 * MiB,
  maxRows: 1_000_000,
  maxCellLength: 10_000,
};

interface ZipEntry {
  name: string;
  uncompressed: number;
}

/** The entries a zip declares in its central directory; null when it has none that can be read. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  // The end-of-central-directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes (its comment).
  const from = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    // 0xFFFFFFFF: the size is in a ZIP64 extra field, i.e. over 4 GiB: counted as such.
    const size = bytes.readUInt32LE(at + 24);
    entries.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameLength), uncompressed: size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A size as people read it: 50 MiB, 64 KiB, 10 bytes. */
const mib = (n: number) => (n >= MiB ? `${Math.round(n / MiB)} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`);

/**
 * Why a file is refused before any work (the message of a VALIDATION error on `content`), or null. `bytes`: the
 * whole file when the caller holds it; otherwise only its size is checked here.
 */
export function fileTooLarge(format: FileFormat, size: number, bytes: Buffer | null, limits: ImportLimits = defaultImportLimits): string | null {
  if (size > limits.maxFileBytes) return `the file is larger than ${mib(limits.maxFileBytes)}: split it`;
  if (format !== 'XLSX' || !bytes) return null;
  const entries = zipEntries(bytes);
  if (!entries) return null; // not a zip: the reader reports it as UNREADABLE_FILE
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > limits.maxUncompressedBytes) return `the workbook expands to more than ${mib(limits.maxUncompressedBytes)}: split it, or save it as CSV`;
  const shared = entries.filter((e) => /(^|\/)sharedStrings\.xml$/i.test(e.name)).reduce((s, e) => s + e.uncompressed, 0);
  if (shared > limits.maxSharedStringsBytes) return `the workbook's text table expands to more than ${mib(limits.maxSharedStringsBytes)}: split it, or save it as CSV`;
  return null;
}
