import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createImportsDataProvider, parsePairs, toBase64 } from './imports-data-provider';

const job = {
  id: 'J1',
  entity: 'CONTACT',
  format: 'CSV',
  fileName: 'c.csv',
  upsertKey: 'email',
  dryRun: true,
  status: 'COMPLETED',
  totalRows: 2,
  createdCount: 1,
  updatedCount: 0,
  unchangedCount: 0,
  rejectedCount: 1,
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: '2026-01-01T00:00:01Z',
  errors: [{ line: 3, field: 'email', code: 'INVALID_EMAIL', message: 'not an e-mail' }],
};

describe('imports data provider', () => {
  it('sends the file as base64 (the server detects the encoding from the bytes) with mapping, key and defaults', async () => {
    const api = fakeApi({ StartImport: { data: { startImport: job } } });
    const dp = createImportsDataProvider(fakeClient(api, fakeSession()));
    const latin1 = new Uint8Array([0x4e, 0x6f, 0xeb, 0x6c]); // "Noël" in Latin-1: not UTF-8
    const started = await dp.startImport({
      entity: 'CONTACT',
      file: { name: 'c.csv', bytes: latin1 },
      mapping: parsePairs('Nom=lastName, E-mail = email'),
      key: 'email',
      defaults: parsePairs('brand=A,zone=N'),
      dryRun: true,
    });
    expect(api.calls[0]!.variables).toEqual({
      entity: 'CONTACT',
      format: 'CSV',
      fileName: 'c.csv',
      content: 'Tm/rbA==',
      encoding: 'BASE64',
      dryRun: true,
      key: 'email',
      mapping: [
        { column: 'Nom', field: 'lastName' },
        { column: 'E-mail', field: 'email' },
      ],
      defaults: [
        { field: 'brand', value: 'A' },
        { field: 'zone', value: 'N' },
      ],
    });
    expect(started).toMatchObject({ id: 'J1', createdCount: 1, rejectedCount: 1 });
  });

  it('picks XLSX by the file name and leaves out empty options', async () => {
    const api = fakeApi({ StartImport: { data: { startImport: { ...job, format: 'XLSX' } } } });
    await createImportsDataProvider(fakeClient(api, fakeSession())).startImport({
      entity: 'PRODUCT',
      file: { name: 'P.XLSX', bytes: new Uint8Array([1, 2, 3]) },
      mapping: {},
      defaults: {},
      dryRun: false,
    });
    expect(api.calls[0]!.variables).toEqual({
      entity: 'PRODUCT',
      format: 'XLSX',
      fileName: 'P.XLSX',
      content: 'AQID',
      encoding: 'BASE64',
      dryRun: false,
    });
  });

  it('sends the duplicates decision with the queued startImport, which keeps it', async () => {
    const api = fakeApi({ StartImport: { data: { startImport: { ...job, dryRun: false } } } });
    const dp = createImportsDataProvider(fakeClient(api, fakeSession()));
    const request = { file: { name: 'c.csv', bytes: new Uint8Array([65]) }, mapping: {}, defaults: {}, dryRun: false };
    const done = await dp.startImport({ ...request, entity: 'CONTACT', duplicates: { confirm: true } });
    expect(api.calls.map((c) => [c.operation, c.variables.duplicates])).toEqual([['StartImport', { confirm: true }]]);
    expect(done).toMatchObject({ id: 'J1', status: 'COMPLETED' });
  });

  it('encodes large files in slices', () => {
    const big = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
