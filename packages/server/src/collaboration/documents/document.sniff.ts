/**
 * The types a document may have, recognised from its first bytes (magic numbers), never from the name or the
 * declared content type alone: a renamed executable is refused whatever it claims to be.
 */
export interface SniffedType {
  mimeType: string;
  /** Extensions the file name may carry for this type (lower case, without the dot). */
  extensions: string[];
}

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

const PDF = { mimeType: 'application/pdf', extensions: ['pdf'] };
const PNG = { mimeType: 'image/png', extensions: ['png'] };
const JPEG = { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const DOCX = {
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
const XLSX = { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] };
const PPTX = {
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extensions: ['pptx'],
};
const CSV = { mimeType: 'text/csv', extensions: ['csv'] };
const TEXT = { mimeType: 'text/plain', extensions: ['txt', 'text', 'md', 'log'] };

/** The allowed types, for messages and documentation. */
export const allowedTypes = [PDF, PNG, JPEG, DOCX, XLSX, PPTX, CSV, TEXT];

/** Bytes to look at: enough for the first ZIP entry's name and a text check. */
export const SNIFF_BYTES = 8192;

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Is this valid UTF-8 text without control characters other than tab, CR, LF and form feed (a possibly cut tail allowed)? */
function isText(head: Buffer, complete: boolean): boolean {
  if (head.length === 0) return false;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  // Drop up to 3 trailing bytes of a character cut by the sniffing window.
  for (let cut = 0; cut <= (complete ? 0 : 3); cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      /* try a shorter tail */
    }
  }
  return false;
}

/**
 * The type of a file from its first bytes and its name, or null when it is not allowed. An Office Open XML file is
 * a ZIP whose entries are Office parts ([Content_Types].xml, _rels/, docProps/, word/, xl/, ppt/); which one is told
 * by the extension, the only thing the first entry does not say. `complete` is true when `head` is the whole file.
 */
export function sniffType(head: Buffer, fileName: string, complete: boolean): SniffedType | null {
  const ext = extensionOf(fileName);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) && head.length >= 30) {
    const nameLength = head.readUInt16LE(26);
    const entry = head.subarray(30, 30 + nameLength).toString('latin1');
    const office = entry === '[Content_Types].xml' || /^(_rels|docProps|word|xl|ppt)\//.test(entry);
    if (!office) return null;
    return [DOCX, XLSX, PPTX].find((t) => t.extensions.includes(ext)) ?? null;
  }
  if (isText(head, complete)) return ext === 'csv' ? CSV : TEXT;
  return null;
}
