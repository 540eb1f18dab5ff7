/**
 * Hostile input (issue 15): imports refuse oversized files before doing the work. A decompression bomb built here
 * (an XLSX of a few hundred KB whose shared strings table expands to 60 MiB) is refused from its zip's central
 * directory before the job exists (no ImportJob row: no work was done); the other bounds (file size, expanded size,
 * rows, cell length) are shown with small limits. Messages are the module's own.
 */
import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import { runImport } from '../imports/import.service.js';
import { staffContext } from '../../privacy/access/staff-context.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/** A zip (deflated entries, honest sizes) written by hand: local headers, data, central directory, end record. */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal workbook whose shared strings table is `shared` bytes of text once expanded. */
function workbook(shared: number): Buffer {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${s}`);
  const item =
    '<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>';
  const count = Math.ceil(shared / item.length);
  return zip([
    {
      name: '[Content_Types].xml',
      data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="s" sheetId="1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      data: Buffer.concat([xml(`<sst count="${count}">`), Buffer.from(item.repeat(count)), Buffer.from('</sst>')]),
    },
  ]);
}

describeEachDatabase('import: limits before the work', (provider) => {
  let h: ApiHarness;
  let ctx: Context;
  const importFile = `mutation($content: String!) { importFile(entity: CONTACT, format: XLSX, fileName: "bomb.xlsx", content: $content, encoding: BASE64, key: "email") { status } }`;
  const csv = (text: string) => ({
    entity: 'contacts' as const,
    format: 'CSV' as const,
    fileName: 'f.csv',
    source: Readable.from([Buffer.from(text)]),
    totalBytes: Buffer.byteLength(text),
    key: 'email',
  });

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    ctx = await staffContext(h.t.db, provider, 'marketing@test.fidele', 'marketing');
  });
  afterAll(() => h?.drop());

  it('refuses a decompression bomb from its declared sizes, before any job exists', async () => {
    const bomb = workbook(60 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024); // a small file...
    const r = await h.as('MARKETING', 'marketing')(importFile, { content: bomb.toString('base64') });
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [
        {
          path: ['content'],
          message: "the workbook's text table expands to more than 50 MiB: split it, or save it as CSV",
        },
      ],
    });
    expect(await h.t.db.importJob.count()).toBe(0); // ...refused before the work: no job, nothing read
  });

  it('refuses a file over the size limit, or a workbook expanding over the total limit, before any job exists', async () => {
    const small = workbook(2 * 1024 * 1024);
    const asXlsx = {
      entity: 'contacts' as const,
      format: 'XLSX' as const,
      fileName: 'w.xlsx',
      source: Readable.from([small]),
      totalBytes: small.length,
      bytes: small,
    };
    await expect(runImport(ctx, { ...asXlsx, limits: { maxUncompressedBytes: 1024 * 1024 } })).rejects.toMatchObject({
      extensions: {
        code: 'VALIDATION',
        fields: [
          { path: ['content'], message: 'the workbook expands to more than 1 MiB: split it, or save it as CSV' },
        ],
      },
    });
    await expect(
      runImport(ctx, { ...csv('email,lastName\na@b.fr,A\n'), limits: { maxFileBytes: 10 } }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'VALIDATION',
        fields: [{ path: ['content'], message: 'the file is larger than 10 bytes: split it' }],
      },
    });
    expect(await h.t.db.importJob.count()).toBe(0);
  });

  it('stops at the row limit, writing nothing of that batch; rejects a cell over the length limit without keeping it', async () => {
    const rows = [
      'email,lastName,brand,zone',
      ...Array.from({ length: 5 }, (_, i) => `r${i}@exemple.fr,Nom${i},A,N`),
    ].join('\n');
    const r = await runImport(ctx, { ...csv(rows), limits: { maxRows: 3 } });
    expect(r).toMatchObject({
      status: 'FAILED',
      created: 0,
      errors: [{ line: 5, field: null, code: 'FILE_TOO_LARGE', message: 'the file has more than 3 rows: split it' }],
    });
    expect(await h.t.db.contact.count()).toBe(0);
    const long = 'x'.repeat(20_000);
    const r2 = await runImport(
      ctx,
      csv(`email,lastName,brand,zone\nlong@exemple.fr,${long},A,N\nshort@exemple.fr,Court,A,N\n`),
    );
    expect(r2).toMatchObject({
      status: 'COMPLETED',
      totalRows: 2,
      created: 1,
      rejected: 1,
      errors: [{ line: 2, field: 'lastName', code: 'VALUE_TOO_LONG', message: 'longer than 10000 characters' }],
    });
    expect(await h.t.db.contact.count({ where: { email: 'long@exemple.fr' } })).toBe(0);
    expect(JSON.stringify(await h.t.db.importRowError.findMany())).not.toContain(long.slice(0, 100));
  });
});
