import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createScoresDataProvider } from './scores-data-provider';

const score = {
  rfm: '545',
  segment: 'CHAMPIONS',
  recencyDays: 12,
  recencyScore: 5,
  frequency: 9,
  frequencyScore: 4,
  monetary: '1520.00',
  monetaryScore: 5,
  lastPurchaseAt: '2026-02-01T00:00:00Z',
  snapshot: { id: 'S1', asOf: '2026-02-13T00:00:00Z' },
  predictedValue: {
    model: 'BG_NBD',
    lifetimeValue: 410.5,
    expectedPurchases: 2.3,
    expectedSpend: 180.2,
    probabilityAlive: 0.92,
    leftCensored: false,
    degenerateFit: false,
    warnings: [],
    assumptions: ['PURCHASE_DAYS'],
  },
};

describe('scores data provider', () => {
  it('reads the latest scores with the predicted value over 12 months', async () => {
    const api = fakeApi({ ContactScoreCard: { data: { contactScore: score } } });
    const session = fakeSession();
    const result = await createScoresDataProvider(fakeClient(api, session)).getContactScoreCard('C1');
    expect(api.calls[0]).toMatchObject({
      operation: 'ContactScoreCard',
      variables: { contact: 'C1', model: 'BG_NBD', horizon: 12, horizonUnit: 'MONTHS', withMargin: false },
    });
    expect(result).toEqual({ status: 'SCORED', score });
  });

  it('passes the chosen model and horizon, and asks for the margin CLV only when the role may read margins', async () => {
    const api = fakeApi({ ContactScoreCard: { data: { contactScore: score } } });
    const marketing = fakeSession();
    const analyst = fakeSession({}, ['Sale.grossMargin']);
    const choice = { model: 'PARETO_NBD', horizon: 26, horizonUnit: 'WEEKS' } as const;
    await createScoresDataProvider(fakeClient(api, marketing), marketing).getContactScoreCard('C1', choice);
    await createScoresDataProvider(fakeClient(api, analyst), analyst).getContactScoreCard('C1', choice);
    expect(api.calls[0]).toMatchObject({ variables: { ...choice, withMargin: false } });
    expect(api.calls[1]).toMatchObject({ variables: { ...choice, withMargin: true } });
  });

  it('reads the holdout validation of a brand', async () => {
    const validation = { recommended: 'PARETO_NBD', models: [] };
    const api = fakeApi({ LifetimeValueValidation: { data: { lifetimeValueValidation: validation } } });
    const session = fakeSession();
    const dp = createScoresDataProvider(fakeClient(api, session), session);
    expect(await dp.getLifetimeValueValidation('B1', { holdoutWeeks: 20 })).toEqual(validation);
    expect(api.calls[0]).toMatchObject({
      operation: 'LifetimeValueValidation',
      variables: { brand: 'B1', holdoutWeeks: 20 },
    });
  });

  it('says why there is no score: not scored, or no consent to profiling', async () => {
    const api = fakeApi({
      ContactScoreCard: [
        { data: { contactScore: null } },
        {
          data: { contactScore: null },
          errors: [
            {
              message: 'This contact’s consent does not cover the purpose "profiling".',
              path: ['contactScore'],
              extensions: { code: 'CONSENT_REQUIRED', purpose: 'profiling' },
            },
          ],
        },
        {
          data: null,
          errors: [{ message: 'Not authorized', path: ['contactScore'], extensions: { code: 'FORBIDDEN' } }],
        },
      ],
    });
    const session = fakeSession();
    const dp = createScoresDataProvider(fakeClient(api, session));
    expect(await dp.getContactScoreCard('C1')).toEqual({ status: 'NONE' });
    expect(await dp.getContactScoreCard('C1')).toMatchObject({ status: 'CONSENT_REQUIRED', purpose: 'profiling' });
    expect(await dp.getContactScoreCard('C1').catch((e: unknown) => e)).toMatchObject({ status: 403 });
  });
});
