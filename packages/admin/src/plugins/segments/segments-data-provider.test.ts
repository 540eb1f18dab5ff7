import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createSegmentsDataProvider } from './segments-data-provider';

const segment = {
  id: 'S1',
  version: 3,
  name: 'Wine',
  description: null,
  kind: 'DYNAMIC',
  frozenAt: null,
  memberCount: null,
  count: 12,
  brand: null,
  owner: null,
  criteria: JSON.stringify({
    contact: { kind: ['CLIENT'] },
    purchases: [{ categories: ['Q2F0OjE='], period: { from: '2026-01-01T00:00:00.000Z' } }],
  }),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('segments data provider', () => {
  it('reads a segment with its criteria as the builder’s fields, and writes them back as criteria', async () => {
    const api = fakeApi({
      Segment: { data: { node: segment } },
      UpdateSegment: { data: { updateSegment: { ...segment, version: 4 } } },
    });
    const dp = createSegmentsDataProvider(fakeClient(api, fakeSession()));
    const { data } = await dp.getOne!('segments', { id: 'S1' });
    expect(data.criteria).toMatchObject({ kinds: ['CLIENT'], categories: ['Q2F0OjE='], purchasedFrom: '2026-01-01' });
    await dp.update!('segments', { id: 'S1', data: { ...data, name: 'Wine lovers' }, previousData: data });
    expect(api.calls[1]!.variables).toEqual({
      id: 'S1',
      version: 3,
      input: {
        name: 'Wine lovers',
        description: null,
        kind: 'DYNAMIC',
        brand: null,
        criteria: {
          contact: { kind: ['CLIENT'] },
          purchases: [{ categories: ['Q2F0OjE='], period: { from: '2026-01-01T00:00:00.000Z' } }],
        },
      },
    });
  });

  it('shows each criteria problem under its input', async () => {
    const api = fakeApi({
      CreateSegment: {
        data: null,
        errors: [
          {
            message: 'Invalid input.',
            path: ['createSegment'],
            extensions: {
              code: 'VALIDATION',
              fields: [
                { path: ['input', 'criteria', 'purchases', '0', 'minRevenue'], message: 'at most two decimals' },
                { path: ['input', 'brand'], message: 'not one of your brands' },
              ],
            },
          },
        ],
      },
    });
    const dp = createSegmentsDataProvider(fakeClient(api, fakeSession()));
    const error = await dp.create!('segments', {
      data: { name: 'x', criteria: { minRevenue: '1.234' }, brandId: 'B' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body.errors).toEqual({
      'criteria.minRevenue': 'at most two decimals',
      brandId: 'not one of your brands',
    });
  });

  it('targets an action from a segment and returns the report', async () => {
    const report = {
      id: 'R1',
      dryRun: false,
      candidateCount: 3,
      targetedCount: 1,
      controlCount: 1,
      excludedCount: 1,
      exclusionCounts: [{ reason: 'NO_CONSENT', count: 1 }],
      exclusions: { totalCount: 1, edges: [] },
    };
    const api = fakeApi({ TargetAction: { data: { targetAction: report } } });
    const dp = createSegmentsDataProvider(fakeClient(api, fakeSession()));
    expect(await dp.targetAction({ action: 'A1', segment: 'S1', controlGroupPercent: 20 })).toEqual(report);
    expect(api.calls[0]!.variables).toEqual({
      input: { action: 'A1', segment: 'S1', controlGroupPercent: 20 },
      exclusions: 20,
    });
  });
});
