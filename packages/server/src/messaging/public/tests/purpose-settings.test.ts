import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../../testing/api.js';
import { describeEachDatabase } from '../../../testing/databases.js';

/** The two purpose settings of the public pages: admin only, audited, read by every staff member. */
const update = `mutation($code: String!, $input: PurposeSettingsInput!) {
  updatePurpose(code: $code, input: $input) { code inPreferenceCentre doubleOptIn } }`;

describeEachDatabase('purpose settings', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  it('an admin switches inPreferenceCentre and doubleOptIn; the change is audited; others are refused', async () => {
    const r = await h.as('ADMIN')(update, {
      code: 'newsletter',
      input: { inPreferenceCentre: true, doubleOptIn: true },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePurpose).toEqual({ code: 'newsletter', inPreferenceCentre: true, doubleOptIn: true });
    const partial = await h.as('ADMIN')(update, { code: 'newsletter', input: { doubleOptIn: false } });
    expect(partial.data.updatePurpose).toEqual({ code: 'newsletter', inPreferenceCentre: true, doubleOptIn: false });
    const audit = await h.t.db.auditLog.findMany({ where: { actorUserId: h.users.ADMIN }, orderBy: { id: 'asc' } });
    expect(audit.slice(0, 2).map((a) => [a.operationName, a.entity, a.operation, a.outcome, a.fields])).toEqual([
      ['updatePurpose', 'Purpose', 'UPDATE', 'ALLOWED', ['doubleOptIn', 'inPreferenceCentre']],
      ['updatePurpose', 'Purpose', 'UPDATE', 'ALLOWED', ['doubleOptIn']],
    ]);
    for (const role of ['MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
      const refused = await h.as(role)(update, { code: 'newsletter', input: { doubleOptIn: true } });
      expect(refused.errors?.[0]?.extensions.code, role).toBe('FORBIDDEN');
    }
    expect((await h.t.db.purpose.findUniqueOrThrow({ where: { code: 'newsletter' } })).doubleOptIn).toBe(false);
    const unknown = await h.as('ADMIN')(update, { code: 'nope', input: { doubleOptIn: true } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const read = await h.as('MARKETING')(`{ purposes { code inPreferenceCentre doubleOptIn } }`);
    expect(read.data.purposes.find((p: any) => p.code === 'newsletter')).toEqual({
      code: 'newsletter',
      inPreferenceCentre: true,
      doubleOptIn: false,
    });
  });
});
