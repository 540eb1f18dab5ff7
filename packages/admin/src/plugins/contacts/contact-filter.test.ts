import { describe, expect, it } from 'vitest';
import { contactFilter } from './contacts-data-provider';

describe('contactFilter: score and value filters of the contacts list', () => {
  it('maps the FRAT type, the probability and CLV ranges, and the snapshot brand they read', () => {
    expect(
      contactFilter({
        fratCategoryId: 'cat',
        probabilityAliveMin: 0.5,
        predictedValueMax: 100,
        rfmBrandId: 'brand',
      }),
    ).toEqual({
      fratCategory: ['cat'],
      probabilityAlive: { min: 0.5, max: null },
      predictedValue: { min: null, max: '100.00' },
      rfmBrand: 'brand',
    });
  });

  it('leaves out empty ends, and the brand when no score filter reads it', () => {
    expect(contactFilter({ probabilityAliveMin: null, predictedValueMin: undefined, rfmBrandId: 'brand' })).toEqual({});
  });
});
