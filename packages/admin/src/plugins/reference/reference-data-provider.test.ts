import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createReferenceDataProvider } from './reference-data-provider';

describe('reference data provider', () => {
  it('loads the reference lists once and serves getList (search, sort, page) and getMany from them', async () => {
    const api = fakeApi({
      ReferenceData: {
        data: {
          brands: [
            { id: 'b2', code: 'ZED', name: 'Zed' },
            { id: 'b1', code: 'ACM', name: 'Acme' },
          ],
          zones: [{ id: 'z1', code: 'N', name: 'North' }],
          productCategories: [],
        },
      },
    });
    const session = fakeSession();
    const dp = createReferenceDataProvider(fakeClient(api, session), session);
    const list = await dp.getList!('brands', {
      filter: {},
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(list).toEqual({
      data: [
        { id: 'b1', code: 'ACM', name: 'Acme' },
        { id: 'b2', code: 'ZED', name: 'Zed' },
      ],
      total: 2,
    });
    const found = await dp.getList!('brands', {
      filter: { q: 'zed' },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(found.data.map((b) => b.id)).toEqual(['b2']);
    expect((await dp.getMany!('zones', { ids: ['z1', 'nope'] })).data).toEqual([
      { id: 'z1', code: 'N', name: 'North' },
    ]);
    expect(api.calls).toHaveLength(1);
  });
});
