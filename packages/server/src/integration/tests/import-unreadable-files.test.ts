/**
 * Hostile input (issue 15): an import that cannot read its file answers with the module's own message, never the
 * parsing library's internals (a stack-like "Cannot read properties of undefined", a zip library's "invalid
 * signature"), on the API as on the job's stored errors.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const importFile = `mutation($content: String!, $format: ImportFormat!) {
  importFile(entity: CONTACT, format: $format, fileName: "broken", content: $content, encoding: BASE64, key: "email") {
    status rejectedCount errors { line field code message } } }`;

describeEachDatabase('import: unreadable files', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  const cases: [string, 'XLSX' | 'CSV', Buffer][] = [
    ['not a zip at all', 'XLSX', Buffer.from('this is not a workbook\n'.repeat(50))],
    [
      'a zip header followed by garbage',
      'XLSX',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0xff)]),
    ],
    ['an unterminated quote in a CSV', 'CSV', Buffer.from('email,lastName\n"a@b.fr,Dupont\n')],
  ];

  for (const [name, format, bytes] of cases) {
    it(`answers its own message for ${name}`, async () => {
      const r = await h.as('MARKETING', 'marketing')(importFile, { content: bytes.toString('base64'), format });
      expect(r.errors).toBeUndefined();
      const job = r.data.importFile;
      expect(job.status).toBe('FAILED');
      const unreadable = job.errors.filter((e: { code: string }) => e.code === 'UNREADABLE_FILE');
      expect(unreadable).toHaveLength(1);
      expect(unreadable[0].message).toBe(
        format === 'XLSX'
          ? 'the file could not be read as an XLSX workbook: save it again from the spreadsheet as .xlsx, or as CSV'
          : 'the file could not be read as CSV: check that every quote is closed and the file is text',
      );
    });
  }
});
