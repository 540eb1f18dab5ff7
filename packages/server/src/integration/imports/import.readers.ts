import { createRequire } from 'node:module';
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);
/**
 * exceljs takes about a second to load and only spreadsheet imports need it: it is loaded on their first use
 * (`require`, cached by Node), not with the server (platform/bench/BENCH.md, startup).
 */
const excel = () => require('exceljs') as typeof ExcelJS;

/**
 * Streaming readers of import files: rows come one at a time with their line number, so memory stays bounded
 * whatever the file size. CSV: the encoding (UTF-16 by its byte-order mark, UTF-8, else Windows-1252 / Latin-1) and
 * the delimiter (`;` as French spreadsheets write it, `,`, tab) are detected on the first bytes; a row whose bytes do
 * not fit the detected encoding (a file mixing encodings) is rejected by the import (`INVALID_ENCODING`), never stored
 * garbled. XLSX: exceljs' streaming reader, first sheet.
 */

export type FileFormat = 'CSV' | 'XLSX';

export interface FileRow {
  /** Line in the file (1 is the header), as a spreadsheet shows it. */
  line: number;
  /** Column header → cell text (trimmed; '' for an empty cell). */
  values: Record<string, string>;
  /** Set when the row has another number of cells than the header (a broken line). */
  cellCount?: number;
}

export interface FileReader {
  /** The header row (column names), available once the first row has been read. */
  header(): string[];
  rows: AsyncIterable<FileRow>;
  /** Bytes of the source read so far, for progress. */
  bytesRead(): number;
  /** The encoding detected (CSV). */
  encoding(): string;
}

/** Valid UTF-8? (A truncated multi-byte sequence at the very end of a sample does not count as invalid.) */
function isUtf8(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    for (let cut = 1; cut <= 3 && cut < sample.length; cut++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sample.length - cut));
        return true;
      } catch {
        /* try a shorter sample */
      }
    }
    return false;
  }
}

/** Counts the bytes flowing through. */
function counter(): Transform & { bytes: number } {
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      t.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { bytes: number };
  t.bytes = 0;
  return t;
}

/** Decodes a byte stream to text with an encoding chosen on its first 64 KiB. */
function decoding(onEncoding: (e: string) => void): Transform {
  let decoder: TextDecoder | null = null;
  let pending: Buffer[] = [];
  let size = 0;
  const start = () => {
    const sample = Buffer.concat(pending);
    // A byte-order mark decides (Excel's "Unicode text" is UTF-16 LE with a BOM); otherwise UTF-8 when the sample is valid UTF-8.
    const encoding =
      sample[0] === 0xff && sample[1] === 0xfe
        ? 'utf-16le'
        : sample[0] === 0xfe && sample[1] === 0xff
          ? 'utf-16be'
          : isUtf8(sample)
            ? 'utf-8'
            : 'windows-1252';
    onEncoding(encoding);
    decoder = new TextDecoder(encoding, { ignoreBOM: false });
    const text = decoder.decode(sample, { stream: true });
    pending = [];
    return text;
  };
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      if (decoder) return done(null, decoder.decode(chunk, { stream: true }));
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65536) return done(null, start());
      done();
    },
    flush(done) {
      let text = decoder ? '' : start();
      text += decoder!.decode();
      done(null, text);
    },
  });
}

export function readCsv(source: Readable): FileReader {
  let header: string[] = [];
  let encoding = 'utf-8';
  const count = counter();
  let delimiter: string | null = null;
  const text = source.pipe(count).pipe(decoding((e) => (encoding = e)));
  async function* rows(): AsyncIterable<FileRow> {
    // The delimiter is chosen on the first line: the most frequent of ; , and tab outside quotes.
    let head = '';
    const chunks: string[] = [];
    // Manual iteration: breaking a for-await loop would destroy the stream.
    const it = (text as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    for (;;) {
      const next = await it.next();
      if (next.done) break;
      chunks.push(String(next.value));
      head += String(next.value);
      if (head.includes('\n') || head.length > 65536) break;
    }
    const firstLine = head.split(/\r?\n/)[0]!.replace(/"[^"]*"/g, '');
    const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
    delimiter = counts[0]![1] > 0 ? counts[0]![0] : ',';
    const rest = Readable.from(
      (async function* () {
        yield* chunks;
        for (;;) {
          const next = await it.next();
          if (next.done) return;
          yield String(next.value);
        }
      })(),
    );
    const parser = rest.pipe(
      parse({
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        trim: true,
        info: true,
      }),
    );
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.record;
      if (!header.length) {
        header = cells.map((c) => c.trim());
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((h, i) => (values[h] = cells[i] ?? ''));
      yield { line: record.info.lines, values, ...(cells.length !== header.length ? { cellCount: cells.length } : {}) };
    }
  }
  return { header: () => header, rows: rows(), bytesRead: () => count.bytes, encoding: () => encoding };
}

/** Cell value → text: numbers as written, dates as ISO dates (YYYY-MM-DD when at midnight), rich text and links as their text. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('result' in v) return cellText((v as { result: ExcelJS.CellValue }).result);
    if ('error' in v) return '';
    return String(v);
  }
  return String(v).trim();
}

/**
 * Rows of the first worksheet, parsed as the zip streams in. exceljs keeps two things whole, both bounded by the
 * measured sizes checked before the job (import.limits.ts): the shared strings table, cached in memory since cells
 * name their text by its index in it; and a worksheet that comes before the shared strings or the workbook's
 * relationships in the zip, spooled to a temporary file and read back as a stream.
 */
export function readXlsx(source: Readable): FileReader {
  let header: string[] = [];
  const count = counter();
  const reader = new (excel().stream.xlsx.WorkbookReader)(source.pipe(count), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  async function* rows(): AsyncIterable<FileRow> {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (!header.length) {
          header = cells.map((c) => c.trim());
          continue;
        }
        if (cells.every((c) => c === '')) continue;
        const values: Record<string, string> = {};
        header.forEach((h, i) => (values[h] = (cells[i] ?? '').trim()));
        yield { line: row.number, values, ...(cells.length > header.length ? { cellCount: cells.length } : {}) };
      }
      break; // the first sheet only
    }
  }
  return { header: () => header, rows: rows(), bytesRead: () => count.bytes, encoding: () => 'xlsx' };
}

export const readFile = (format: FileFormat, source: Readable): FileReader =>
  format === 'XLSX' ? readXlsx(source) : readCsv(source);
