import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import type { RoutingRow } from './postal.js';

/**
 * Address labels as a PDF: A4 sheets of 3 × 8 labels of 70 × 37 mm (the common "24 per sheet" stock, e.g. Avery
 * L7159-style), in the routing file's order (by postal code), one address block per label in Helvetica 9 pt. pdfkit
 * (already a server dependency) writes the PDF without a browser or a native library; its standard fonts cover
 * French (WinAnsi), and the lines are at most 38 characters, which fit a 70 mm label at 9 pt.
 */
const require = createRequire(import.meta.url);
/**
 * pdfkit (with fontkit) takes most of a second to load and only label downloads need it: it is loaded on their
 * first use (`require`, cached by Node), not with the server (platform/bench/BENCH.md, startup).
 */
const pdfDocument = () => require('pdfkit') as typeof PDFDocument;

const MM = 72 / 25.4;
export const LABEL_COLUMNS = 3;
export const LABEL_ROWS = 8;
const LABEL_WIDTH = 70 * MM;
const LABEL_HEIGHT = 37 * MM;
const TOP = (297 - LABEL_ROWS * 37) / 2;
const PADDING = 5 * MM;
const FONT_SIZE = 9;
const LINE_HEIGHT = FONT_SIZE * 1.25;

/** Writes the labels of `rows` as a PDF into a stream (pdfkit's document is a readable stream: pipe it). */
export function routingLabels(rows: readonly RoutingRow[], title: string): PDFKit.PDFDocument {
  const doc = new (pdfDocument())({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'Fidele' },
  });
  const perPage = LABEL_COLUMNS * LABEL_ROWS;
  doc.font('Helvetica').fontSize(FONT_SIZE);
  if (rows.length === 0) doc.addPage();
  rows.forEach((row, i) => {
    if (i % perPage === 0) doc.addPage();
    const slot = i % perPage;
    const x = (slot % LABEL_COLUMNS) * LABEL_WIDTH + PADDING;
    const y = TOP * MM + Math.floor(slot / LABEL_COLUMNS) * LABEL_HEIGHT + PADDING;
    // One call per line: a line never wraps (at most 38 characters fit), and an empty label line is not collapsed.
    row.lines.forEach((text, j) =>
      doc.text(text, x, y + j * LINE_HEIGHT, { width: LABEL_WIDTH - 2 * PADDING, lineBreak: false }),
    );
  });
  doc.end();
  return doc;
}
