/**
 * A mutation's VALIDATION error names each bad field with a stable code and its parameters (issue 21), so the
 * admin translates it; the English message stays for API clients.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

describeEachDatabase('campaigns: coded field problems', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  it('gives code and params for each field of a refused marketing action', async () => {
    const res = await h.as('MARKETING')(
      `mutation($i: MarketingActionInput!) { createMarketingAction(input: $i) { code } }`,
      {
        i: {
          code: 'BAD',
          name: ' ',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          startDate: '2026-06-02T00:00:00Z',
          endDate: '2026-07-01T00:00:00Z',
          requiredPurpose: 'marketing',
          brand: gid('Brand', h.brands.a),
          attributionWindowDays: 0,
          followUpCondition: 'ALL',
        },
      },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(res.errors![0]!.extensions.fields).toEqual(
      expect.arrayContaining([
        { path: ['input', 'name'], code: 'NOT_BLANK', params: {}, message: 'must not be blank' },
        {
          path: ['input', 'attributionWindowDays'],
          code: 'INTEGER_RANGE',
          params: { min: 1, max: 3650 },
          message: 'an integer from 1 to 3650',
        },
        {
          path: ['input', 'followUpCondition'],
          code: 'ONLY_WITH_PREVIOUS_ACTION',
          params: {},
          message: 'only with previousAction',
        },
      ]),
    );
  });
});
