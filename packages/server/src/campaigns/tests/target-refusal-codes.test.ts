import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { exclusionReasons } from '../../kernel/message-codes.js';

/**
 * targetContacts refuses a list with a problem per refused contact; each problem carries the exclusion reason as
 * its code (kernel/message-codes.ts), so the admin says why in the reader's language, not in the server's English.
 */
describeEachDatabase('targetContacts: refusal codes', (provider) => {
  let h: ApiHarness;
  let actionId: string;
  const c: Record<string, number> = {};
  const target = `mutation($a: ID!, $c: [ID!]!) { targetContacts(actionId: $a, contactIds: $c) { created { id } } }`;
  const problems = (r: { errors?: { extensions: { code: string; fields?: { path: string[]; code?: string }[] } }[] }) =>
    r.errors?.flatMap((e) =>
      (e.extensions.fields ?? []).map((f) => [e.extensions.code, f.path.join('.'), f.code ?? null]),
    );

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const db = h.t.db;
    const contact = async (name: string, data: Record<string, unknown> = {}) =>
      (c[name] = (
        await db.contact.create({
          data: { kind: 'CLIENT', lastName: name, brandId: h.brands.a, zoneId: h.zones.north, ...data },
        })
      ).id);
    await contact('consenting');
    await contact('deleted', { deletedAt: new Date('2026-01-01') });
    await contact('otherBrand', { brandId: h.brands.b });
    await contact('noConsent');
    for (const name of ['consenting', 'deleted', 'otherBrand']) await h.consent(c[name]!, 'marketing');
    actionId = gid(
      'MarketingAction',
      (
        await db.marketingAction.create({
          data: {
            code: 'REFUSALS',
            name: 'Refusals',
            objective: 'LOYALTY',
            medium: 'TELEMARKETING',
            brandId: h.brands.a,
            requiredPurposeId: h.purposes.marketing!,
            status: 'RUNNING',
            startDate: new Date('2026-01-01'),
            endDate: new Date('2027-12-31'),
          },
        })
      ).id,
    );
  });
  afterAll(() => h.drop());

  it('codes a deleted contact RESTRICTED and one of another brand OUT_OF_SCOPE', async () => {
    const ids = ['consenting', 'deleted', 'otherBrand'].map((n) => gid('Contact', c[n]!));
    const r = await h.as('ADMIN')(target, { a: actionId, c: ids });
    expect(problems(r)).toEqual([
      ['VALIDATION', 'contactIds.1', 'RESTRICTED'],
      ['VALIDATION', 'contactIds.2', 'OUT_OF_SCOPE'],
    ]);
  });

  it('codes a contact without consent NO_CONSENT, every code one of the catalogue', async () => {
    const ids = ['consenting', 'noConsent'].map((n) => gid('Contact', c[n]!));
    const r = await h.as('ADMIN')(target, { a: actionId, c: ids });
    expect(problems(r)).toEqual([['CONSENT_REQUIRED', 'contactIds.1', 'NO_CONSENT']]);
    expect(exclusionReasons).toContain('NO_CONSENT');
    expect(await h.t.db.actionTarget.count()).toBe(0);
  });
});
