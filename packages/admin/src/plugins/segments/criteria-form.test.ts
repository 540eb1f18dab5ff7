import { describe, expect, it } from 'vitest';
import { fromCriteria, toCriteria } from './criteria-form';

describe('segment builder form ↔ criteria', () => {
  it('sends only what was filled in, days as whole-day instants', () => {
    expect(toCriteria({ kinds: [], search: '  ', minPurchases: null })).toEqual({});
    expect(
      toCriteria({
        kinds: ['CLIENT'],
        categories: ['Q2F0OjE='],
        purchasedFrom: '2026-01-01',
        purchasedTo: '2026-03-31',
        minPurchases: 2,
        minRevenue: 100,
        responseAction: 'QTox',
        responseHistory: 'DID_NOT_RESPOND',
        rfmSegments: ['AT_RISK'],
        consents: ['newsletter'],
      }),
    ).toEqual({
      contact: { kind: ['CLIENT'] },
      purchases: [
        {
          categories: ['Q2F0OjE='],
          period: { from: '2026-01-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' },
          minPurchases: 2,
          minRevenue: '100',
        },
      ],
      responses: [{ action: 'QTox', history: 'DID_NOT_RESPOND' }],
      rfm: { segments: ['AT_RISK'] },
      consents: ['newsletter'],
    });
  });

  it('reads stored criteria back into the form', () => {
    const form = {
      kinds: ['CLIENT'],
      revenueClasses: ['A'],
      interests: ['TRAVEL'],
      categories: ['x'],
      purchasedFrom: '2026-01-01',
      purchasedTo: '2026-03-31',
      maxPurchases: 0,
      consents: ['profiling'],
    };
    const back = fromCriteria(JSON.stringify(toCriteria(form)));
    expect(back).toMatchObject(form);
    expect(toCriteria(back)).toEqual(toCriteria(form));
  });
});
