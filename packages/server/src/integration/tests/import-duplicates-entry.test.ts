/**
 * Duplicates at entry in a contacts import (issue 21, QUALITY.md "Duplicates at entry"): a row that would create a
 * contact looking like one the importer may see is rejected DUPLICATE_SUSPECTED, one with its exact e-mail (any
 * case) DUPLICATE_EMAIL, naming the candidates; two rows of the file with the same e-mail are caught too; a contact
 * withheld from the importer is never named. `duplicates: { confirm }` creates the suspected rows, `{ force,
 * reason }` the exact e-mails too, the reason audited.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('import: duplicates at entry', (provider) => {
  let h: ApiHarness;
  let dupont: number;
  let hidden: number;
  const importFile = `mutation($content: String!, $duplicates: DuplicateDecisionInput) {
    importFile(entity: CONTACT, format: CSV, fileName: "dups.csv", content: $content, key: "externalRef", duplicates: $duplicates) {
      id createdCount rejectedCount errors { line field code message } } }`;
  const content = [
    'externalRef,email,firstName,lastName,postalCode,city,brand,zone,consent.marketing',
    'R1,JEAN.Dupont@Example.fr,Marie,Curie,,,A,N,granted',
    'R2,,Jean,Dupond,75011,Paris,A,N,granted',
    'R3,secret@hidden.test,Sam,Secret,,,A,N,granted',
    'R4,new@fresh.test,Nina,Nouveau,,,A,N,granted',
    'R5,NEW@fresh.test,Otto,Autre,,,A,N,granted',
  ].join('\n');

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const make = (data: Record<string, unknown>, brandId: number) =>
      h.t.db.contact.create({ data: { kind: 'CLIENT', brandId, zoneId: h.zones.north, ...data } as never });
    dupont = (
      await make(
        { firstName: 'Jean', lastName: 'Dupont', email: 'jean.dupont@example.fr', postalCode: '75011', city: 'Paris' },
        h.brands.a,
      )
    ).id;
    await h.consent(dupont, 'marketing');
    // Outside the importer's brands: never a candidate, never named.
    hidden = (await make({ firstName: 'Sam', lastName: 'Secret', email: 'secret@hidden.test' }, h.brands.b)).id;
    await h.consent(hidden, 'marketing');
  });
  afterAll(() => h?.drop());

  it('rejects suspected and exact e-mail duplicates with their candidates, not a withheld one', async () => {
    const r = await h.as('MARKETING', 'marketing')(importFile, { content });
    expect(r.errors).toBeUndefined();
    const job = r.data.importFile;
    expect(job).toMatchObject({ createdCount: 2, rejectedCount: 3 });
    expect(job.errors.map((e: any) => [e.line, e.code])).toEqual([
      [2, 'DUPLICATE_EMAIL'],
      [3, 'DUPLICATE_SUSPECTED'],
      [6, 'DUPLICATE_EMAIL'],
    ]);
    expect(job.errors[0].message).toMatch(new RegExp(`same e-mail as Contact:${dupont} \\(`));
    expect(job.errors[1].message).toMatch(new RegExp(`likely duplicate of Contact:${dupont} \\(0\\.\\d+\\)`));
    expect(job.errors[2].message).toBe('line 5 of this file has the same e-mail');
    expect(JSON.stringify(job)).not.toContain(`Contact:${hidden}`);
    expect(await h.t.db.contact.count({ where: { externalRef: { in: ['R3', 'R4'] } } })).toBe(2);
  });

  it('confirm creates the suspected rows; force with a reason the exact e-mails too, audited', async () => {
    const confirmed = await h.as('MARKETING', 'marketing')(importFile, { content, duplicates: { confirm: true } });
    expect(confirmed.data.importFile).toMatchObject({ createdCount: 1, rejectedCount: 2 });
    expect(confirmed.data.importFile.errors.map((e: any) => e.code)).toEqual(['DUPLICATE_EMAIL', 'DUPLICATE_EMAIL']);
    const noReason = await h.as('MARKETING', 'marketing')(importFile, { content, duplicates: { force: true } });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const reason = 'Household addresses shared on purpose';
    const forced = await h.as('MARKETING', 'marketing')(importFile, { content, duplicates: { force: true, reason } });
    expect(forced.data.importFile).toMatchObject({ createdCount: 2, rejectedCount: 0 });
    expect(await h.t.db.contact.count({ where: { email: 'jean.dupont@example.fr' } })).toBe(2);
    const jobId = String(Number(Buffer.from(forced.data.importFile.id, 'base64').toString().split(':')[1]));
    const audit = await h.t.db.auditLog.findFirstOrThrow({
      where: { entity: 'ImportJob', entityId: jobId, operationName: 'duplicateEmailForced' },
    });
    expect(audit).toMatchObject({ operation: 'IMPORT', actorUserId: h.users.MARKETING, purpose: 'marketing' });
    expect(audit.fields).toEqual(['email', `reason:${reason}`]);
  });

  it('a queued import (startImport) keeps the decision: confirm creates the suspected row in the worker', async () => {
    const start = `mutation($content: String!, $duplicates: DuplicateDecisionInput) {
      startImport(entity: CONTACT, format: CSV, fileName: "queued.csv", content: $content, key: "externalRef",
        duplicates: $duplicates) { id } }`;
    const poll = `query($id: ID!) { importJob(id: $id) { status createdCount rejectedCount errors(first: 10) { code } } }`;
    const queued = [
      'externalRef,firstName,lastName,postalCode,city,brand,zone,consent.marketing',
      'Q1,Jean,Dupont,75011,Paris,A,N,granted',
    ].join('\n');
    const run = async (duplicates?: object) => {
      const started = await h.as('MARKETING', 'marketing')(start, { content: queued, duplicates });
      expect(started.errors).toBeUndefined();
      for (;;) {
        const r = await h.as('MARKETING', 'marketing')(poll, { id: started.data.startImport.id });
        if (r.data.importJob.status !== 'RUNNING') return r.data.importJob;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    expect(await run()).toMatchObject({ createdCount: 0, rejectedCount: 1, errors: [{ code: 'DUPLICATE_SUSPECTED' }] });
    expect(await run({ confirm: true })).toMatchObject({ status: 'COMPLETED', createdCount: 1, rejectedCount: 0 });
  });
});
