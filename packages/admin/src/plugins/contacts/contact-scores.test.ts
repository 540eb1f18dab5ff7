import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { listOrder, snapshotCache, storedValues, toScoreOrder } from './contact-scores';

const snapshots = (list: object[]) => ({ data: { scoreSnapshots: list } });

describe('contacts list: score columns and sort', () => {
  it('maps a score column to scoreOrder on the snapshot’s brand, other columns to orderBy', async () => {
    const snapshot = { id: 'S1', brandId: 'B1' };
    expect(toScoreOrder({ field: 'predictedValue', order: 'DESC' }, snapshot)).toEqual({
      key: 'PREDICTED_VALUE',
      direction: 'DESC',
      brand: 'B1',
    });
    expect(toScoreOrder({ field: 'probabilityAlive', order: 'ASC' }, { id: 'S0', brandId: null })).toEqual({
      key: 'PROBABILITY_ALIVE',
      direction: 'ASC',
    });
    expect(toScoreOrder({ field: 'lastName', order: 'ASC' }, snapshot)).toBeUndefined();
    const byName = [{ field: 'LAST_NAME' as const, direction: 'ASC' as const }];
    // A role that may not read scores keeps the plain order; no snapshot is read for a plain sort.
    let read = 0;
    const find = async () => (read++, snapshot);
    expect(await listOrder(find, false, { sort: { field: 'predictedValue', order: 'DESC' } }, byName)).toEqual({
      orderBy: byName,
    });
    expect(await listOrder(find, true, { sort: { field: 'lastName', order: 'ASC' } }, byName)).toEqual({
      orderBy: byName,
    });
    expect(read).toBe(0);
    expect(await listOrder(find, true, { sort: { field: 'predictedValue', order: 'DESC' } }, undefined)).toEqual({
      scoreOrder: { key: 'PREDICTED_VALUE', direction: 'DESC', brand: 'B1' },
    });
  });

  it('reads the RFM brand’s snapshot, else the all-brands one, else the latest of the caller’s brands', async () => {
    const api = fakeApi({
      LatestScoreSnapshots: (v) =>
        v.brand === 'B2'
          ? snapshots([
              { id: 'S9', asOf: 'x', status: 'RUNNING', brand: { id: 'B2' } },
              { id: 'S8', asOf: 'x', status: 'COMPLETED', brand: { id: 'B2' } },
            ])
          : v.allBrands
            ? snapshots([])
            : snapshots([{ id: 'S5', asOf: 'x', status: 'COMPLETED', brand: { id: 'B1' } }]),
    });
    const cache = snapshotCache(fakeClient(api, fakeSession()));
    expect(await cache('B2')).toEqual({ id: 'S8', brandId: 'B2' });
    expect(await cache(undefined)).toEqual({ id: 'S5', brandId: 'B1' });
    expect(await cache(undefined)).toEqual({ id: 'S5', brandId: 'B1' });
    // Cached: the second list without a brand asked nothing more.
    expect(api.calls.map((c) => c.variables)).toEqual([{ brand: 'B2' }, { allBrands: true }, {}]);
  });

  it('reads a page’s stored values in one request, a contact without profiling consent withheld', async () => {
    const api = fakeApi({
      ContactStoredValues: {
        data: { c0: { probabilityAlive: 0.8, scoredValue: '120.50' }, c1: null, c2: null },
        errors: [{ message: 'no consent', path: ['c1'], extensions: { code: 'CONSENT_REQUIRED' } }],
      },
    });
    const values = await storedValues(fakeClient(api, fakeSession()), Promise.resolve({ id: 'S1', brandId: null }), [
      'A',
      'B',
      'C',
    ]);
    expect(api.calls[0]!.variables).toEqual({ snapshot: 'S1', c0: 'A', c1: 'B', c2: 'C' });
    expect(Object.fromEntries(values)).toEqual({
      A: { probabilityAlive: 0.8, predictedValue: 120.5 },
      B: { probabilityAlive: null, predictedValue: null, withheld: 'CONSENT_REQUIRED' },
      C: { probabilityAlive: null, predictedValue: null },
    });
  });

  it('fails on any other error', async () => {
    const api = fakeApi({
      ContactStoredValues: { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    await expect(
      storedValues(fakeClient(api, fakeSession()), Promise.resolve({ id: 'S1', brandId: null }), ['A']),
    ).rejects.toThrow('boom');
  });
});
