import { createInflateRaw } from 'node:zlib';
import type { FileFormat } from './import.readers.js';
import { type FieldMessage, fieldMessage } from '../../kernel/field-messages.js';

/**
 * Bounds on an import file, checked before the work starts where the file allows it, so that a hostile or broken
 * file (a 700 KB XLSX that expands to 240 MB, a 100 MB cell) is refused at the cost of reading it once, with
 * memory that does not grow with what it expands to, instead of holding a worker and its memory:
 *
 * - before the job exists: the file's size; for an XLSX (a zip), first the sizes its central directory declares for
 *   its entries once expanded, in total and for the shared strings table (which the reader keeps in memory), then
 *   the sizes measured by inflating every entry, since a zip may lie about its sizes;
 * - while reading, for what only the reading can tell: the number of rows and the length of a cell.
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
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      uncompressed: size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A size as people read it: 50 MiB, 64 KiB, 10 bytes. */
const mib = (n: number) =>
  n >= MiB ? `${Math.round(n / MiB)} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;

const expandsTooMuch = (limits: ImportLimits) =>
  fieldMessage('WORKBOOK_EXPANDS', { size: mib(limits.maxUncompressedBytes) });
const textTableTooLarge = (limits: ImportLimits) =>
  fieldMessage('WORKBOOK_TEXT_TABLE_EXPANDS', { size: mib(limits.maxSharedStringsBytes) });
const isSharedStrings = (name: string) => /(^|\/)sharedStrings\.xml$/i.test(name);

/** Why a workbook is refused from the sizes its central directory declares (cheap, but a zip may lie), or null. */
function declaredTooLarge(bytes: Buffer, limits: ImportLimits): FieldMessage | null {
  const entries = zipEntries(bytes);
  if (!entries) return null; // not a zip: the reader reports it as UNREADABLE_FILE
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > limits.maxUncompressedBytes) return expandsTooMuch(limits);
  const shared = entries.filter((e) => isSharedStrings(e.name)).reduce((s, e) => s + e.uncompressed, 0);
  if (shared > limits.maxSharedStringsBytes) return textTableTooLarge(limits);
  return null;
}

/**
 * Inflates `input` (raw deflate) through a counting stream that keeps nothing, and stops as soon as more than `cap`
 * bytes came out: memory stays a few output chunks whatever the data expands to. Answers the bytes that came out
 * (past `cap`: where it stopped); data that is not deflate counts what came out before the error, as the reader would.
 */
function inflatedBytes(input: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let expanded = 0;
    inflate.on('data', (chunk: Buffer) => {
      expanded += chunk.length;
      if (expanded > cap) {
        inflate.destroy();
        resolve(expanded);
      }
    });
    inflate.on('end', () => resolve(expanded));
    inflate.on('error', () => resolve(expanded));
    inflate.end(input);
  });
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const SIZES_AFTER_DATA = 0x0008;

/** The compressed size an entry's local header gives, from its ZIP64 extra field when it says 0xFFFFFFFF. */
function localCompressedSize(bytes: Buffer, at: number, extraFrom: number, extraTo: number): number {
  const size = bytes.readUInt32LE(at + 18);
  if (size !== 0xffffffff) return size;
  // A truncated file may end inside the extra field: read only what is there.
  for (let x = extraFrom; x + 4 <= Math.min(extraTo, bytes.length); x += 4 + bytes.readUInt16LE(x + 2)) {
    if (bytes.readUInt16LE(x) === 0x0001 && x + 20 <= bytes.length) return Number(bytes.readBigUInt64LE(x + 12));
  }
  return size;
}

/**
 * Why a workbook is refused from the sizes its entries really expand to, or null. The entries are walked exactly as
 * the spreadsheet library's streaming zip reader (unzipper's Parse) walks them: local header after local header from
 * the start (not from the central directory, which a crafted file can make disagree); an entry's data is as many
 * bytes as its local header says, or, when its sizes come after the data, the bytes up to the data descriptor's
 * signature; any method but "stored" is inflated. Each entry is inflated and counted, never trusted: a lying
 * expanded size changes nothing. The walk stops where the entries stop (the central directory), or at anything the
 * reader could not follow either (it then reports the file as unreadable, having inflated no more than was measured).
 */
export async function measuredTooLarge(
  bytes: Buffer,
  limits: ImportLimits = defaultImportLimits,
): Promise<FieldMessage | null> {
  let total = 0;
  let shared = 0;
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === LOCAL_HEADER) {
    const flags = bytes.readUInt16LE(at + 6);
    const method = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraFrom = at + 30 + nameLength;
    const data = extraFrom + bytes.readUInt16LE(at + 28);
    const sharedTable = isSharedStrings(bytes.toString('utf8', at + 30, extraFrom));
    const compressed = localCompressedSize(bytes, at, extraFrom, data);
    let end: number;
    if (!(flags & SIZES_AFTER_DATA) || compressed > 0) {
      end = data + compressed;
      at = end;
    } else {
      end = bytes.indexOf(DATA_DESCRIPTOR, data);
      if (end < 0) end = bytes.length;
      at = end + 16; // signature, CRC, compressed and expanded sizes
    }
    const input = bytes.subarray(data, end);
    // The most this entry may expand to before one of the limits is crossed.
    const cap = Math.min(
      limits.maxUncompressedBytes - total,
      sharedTable ? limits.maxSharedStringsBytes - shared : Infinity,
    );
    const expanded = method === 0 ? input.length : await inflatedBytes(input, cap);
    total += expanded;
    if (sharedTable) shared += expanded;
    if (total > limits.maxUncompressedBytes) return expandsTooMuch(limits);
    if (shared > limits.maxSharedStringsBytes) return textTableTooLarge(limits);
  }
  return null;
}

/**
 * Why a file is refused before any work (the message of a VALIDATION error on `content`), or null. `bytes`: the
 * whole file when the caller holds it; otherwise only its size is checked here. A workbook is checked on its
 * declared sizes first (no work), then measured (inflated, counted, nothing kept).
 */
export async function fileTooLarge(
  format: FileFormat,
  size: number,
  bytes: Buffer | null,
  limits: ImportLimits = defaultImportLimits,
): Promise<FieldMessage | null> {
  if (size > limits.maxFileBytes) return fieldMessage('FILE_LARGER_THAN', { size: mib(limits.maxFileBytes) });
  if (format !== 'XLSX' || !bytes) return null;
  return declaredTooLarge(bytes, limits) ?? (await measuredTooLarge(bytes, limits));
}
