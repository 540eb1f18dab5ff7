/**
 * Imports with progress (issue 8): startImport answers at once with the RUNNING job, whose processedRows and counts
 * the server updates after every batch (500 rows) while the import goes on; polling importJob sees them grow until
 * COMPLETED with the exact counts. Checks stay synchronous (VALIDATION, FORBIDDEN), the import stays idempotent.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const ROWS = 2000;
const EXISTING = 10; // rows 1..10 match contacts already in the database, with another last name: updated
const isBad = (i: number) => i % 100 === 50; // 20 rows with an invalid e-mail: rejected

function file(): string {
  const rows = ['email;lastName;postalCode;city'];
  for (let i = 1; i <= ROWS; i++) rows.push(`${isBad(i) ? `bad-${i}` : `p${i}@progress.fr`};Nom${i};69001;Lyon`);
  return `${rows.join('\n')}\n`;
}

const start = `mutation($content: String!, $key: String) { startImport(entity: CONTACT, format: CSV, fileName: "big.csv", content: $content, key: $key,
  defaults: [{ field: "brand", value: "A" }, { field: "zone", value: "N" }]) { id status totalRows processedRows createdCount } }`;
const poll = `query($id: ID!) { importJob(id: $id) { status totalRows processedRows createdCount updatedCount unchangedCount rejectedCount errors(first: 100) { line code } } }`;

describeEachDatabase('import progress', (provider) => {
  let h: ApiHarness;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    for (let i = 1; i <= EXISTING; i++) {
      const c = await h.t.db.contact.create({
        data: {
          kind: 'CLIENT',
          brandId: h.brands.a,
          zoneId: h.zones.north,
          email: `p${i}@progress.fr`,
          lastName: 'Ancien',
        },
      });
      await h.consent(c.id, 'marketing'); // an e-mail matches only contacts whose consent covers the importer's purpose
    }
  });
  afterAll(() => h?.drop());

  /** Starts the import, then polls the job until it is over; returns what each poll saw. */
  async function startAndWatch(content: string) {
    const started = await h.as('MARKETING')(start, { content });
    expect(started.errors).toBeUndefined();
    const id = started.data.startImport.id as string;
    const seen: { status: string; totalRows: number; processedRows: number; createdCount: number }[] = [];
    for (;;) {
      const r = await h.as('MARKETING')(poll, { id });
      expect(r.errors).toBeUndefined();
      seen.push(r.data.importJob);
      if (r.data.importJob.status !== 'RUNNING')
        return { started: started.data.startImport, seen, final: r.data.importJob };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('answers with the RUNNING job, then processedRows grows batch by batch up to the exact counts', async () => {
    const { started, seen, final } = await startAndWatch(file());
    expect(started).toMatchObject({ status: 'RUNNING', processedRows: 0, createdCount: 0 });
    const processed = seen.map((s) => s.processedRows);
    // Monotonic, batch by batch (500 rows each), never more than the file.
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(processed.every((n) => [0, 500, 1000, 1500, ROWS].includes(n))).toBe(true);
    expect(processed.some((n) => n > 0 && n < ROWS)).toBe(true);
    // Once counted, the total is the file's row count while the job runs.
    for (const s of seen) if (s.processedRows > 0) expect(s.totalRows).toBe(ROWS);
    const created = seen.map((s) => s.createdCount);
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(final).toMatchObject({
      status: 'COMPLETED',
      totalRows: ROWS,
      processedRows: ROWS,
      createdCount: ROWS - EXISTING - 20,
      updatedCount: EXISTING,
      unchangedCount: 0,
      rejectedCount: 20,
    });
    expect(final.errors).toEqual(
      Array.from({ length: 20 }, (_, k) => ({ line: k * 100 + 50 + 1, code: 'INVALID_EMAIL' })),
    );
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@progress.fr' } } })).toBe(ROWS - 20);
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@progress.fr' }, lastName: 'Ancien' } })).toBe(0);
    expect(
      await h.t.db.auditLog.count({
        where: { operation: 'IMPORT', entity: 'ImportJob', entityId: String(await jobDbId(started.id)) },
      }),
    ).toBe(1);
  });

  it('the same file again changes nothing (idempotent)', async () => {
    // The contacts created have no consent yet: granted here (in bulk), the importer (purpose marketing) reads them,
    // so their e-mails match (a withheld contact's e-mail would not: a new contact would be created).
    const created = await h.t.db.contact.findMany({
      where: { email: { endsWith: '@progress.fr' }, consentStates: { none: {} } },
      select: { id: true },
    });
    const purposeId = h.purposes.marketing!;
    const from = new Date('2020-01-01T00:00:00Z');
    await h.t.db.consentEvent.createMany({
      data: created.map((c) => ({
        contactId: c.id,
        purposeId,
        status: 'GRANTED' as const,
        source: 'IMPORT' as const,
        capturedAt: from,
        effectiveFrom: from,
      })),
    });
    const events = await h.t.db.consentEvent.findMany({
      where: { contactId: { in: created.map((c) => c.id) } },
      select: { id: true, contactId: true },
    });
    await h.t.db.consentState.createMany({
      data: events.map((e) => ({
        contactId: e.contactId,
        purposeId,
        status: 'GRANTED' as const,
        effectiveFrom: from,
        lastEventId: e.id,
      })),
    });
    const { final } = await startAndWatch(file());
    expect(final).toMatchObject({
      status: 'COMPLETED',
      processedRows: ROWS,
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: ROWS - 20,
      rejectedCount: 20,
    });
    expect(await h.t.db.contact.count({ where: { email: { endsWith: '@progress.fr' } } })).toBe(ROWS - 20);
  });

  it('checks the options before answering: a wrong key, a role that may not import', async () => {
    const jobs = await h.t.db.importJob.count();
    const wrong = await h.as('MARKETING')(start, { content: file(), key: 'phone' });
    expect(wrong.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect((await h.as('SUPPORT')(start, { content: file() })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await h.t.db.importJob.count()).toBe(jobs);
  });

  async function jobDbId(globalId: string) {
    return Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
  }
});
