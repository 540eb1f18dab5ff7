import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createProductsDataProvider } from './products-data-provider';

const product = {
  id: 'P1',
  version: 1,
  code: 'VELO',
  name: 'Vélo',
  active: true,
  listPrice: '499.00',
  warrantyMonths: 24,
  category: { id: 'K1', code: 'SPORT', name: 'Sport' },
};

describe('products data provider', () => {
  it('maps search, category and active; sorts by list price', async () => {
    const api = fakeApi({ Products: { data: { products: connection([product], 1) } } });
    const session = fakeSession();
    const dp = createProductsDataProvider(fakeClient(api, session), session);
    const { data } = await dp.getList!('products', {
      filter: { q: 'velo', categoryId: 'K1', active: true },
      sort: { field: 'listPrice', order: 'ASC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(data[0]).toMatchObject({ id: 'P1', categoryId: 'K1' });
    expect(api.calls[0]!.variables).toMatchObject({
      filter: { search: 'velo', category: ['K1'], active: true },
      orderBy: [{ field: 'LIST_PRICE', direction: 'ASC' }],
    });
  });

  it('reads the unit cost only for a role that may read it', async () => {
    const api = fakeApi({
      Product: { data: { product: { ...product, actions: [] } } },
      ProductCost: { data: { product: { id: 'P1', unitCost: '210.00' } } },
    });
    const analyst = fakeSession({}, ['Product.unitCost']);
    expect(
      (await createProductsDataProvider(fakeClient(api, analyst), analyst).getOne!('products', { id: 'P1' })).data,
    ).toMatchObject({ unitCost: '210.00' });
    api.calls.length = 0;
    const marketing = fakeSession();
    const { data } = await createProductsDataProvider(fakeClient(api, marketing), marketing).getOne!('products', {
      id: 'P1',
    });
    expect(api.calls.map((c) => c.operation)).toEqual(['Product']);
    expect('unitCost' in data).toBe(false);
  });

  it('creates with the category as input, decimals as strings, the unit cost only when writable; VALIDATION per field', async () => {
    const invalid = {
      message: 'Invalid input.',
      path: ['createProduct'],
      extensions: {
        code: 'VALIDATION',
        fields: [
          { path: ['input', 'code'], message: 'another product has this code' },
          { path: ['input', 'category'], message: 'unknown product category' },
        ],
      },
    };
    const api = fakeApi({ CreateProduct: [{ data: null, errors: [invalid] }, { data: { createProduct: product } }] });
    const marketing = fakeSession();
    const dp = createProductsDataProvider(fakeClient(api, marketing), marketing);
    const data = {
      code: 'VELO',
      name: 'Vélo',
      categoryId: 'K1',
      listPrice: 499,
      unitCost: 210,
      warrantyMonths: 24,
      active: true,
    };
    const error = await dp.create!('products', { data }).catch((e: unknown) => e);
    expect((error as { body: unknown }).body).toEqual({
      code: 'VALIDATION',
      errors: { code: 'another product has this code', categoryId: 'unknown product category' },
    });
    expect(api.calls[0]!.variables.input).toEqual({
      code: 'VELO',
      name: 'Vélo',
      category: 'K1',
      listPrice: '499',
      warrantyMonths: 24,
      active: true,
    });
    const created = await dp.create!('products', { data });
    expect(created.data).toMatchObject({ id: 'P1', categoryId: 'K1' });
    const analyst = fakeSession({}, ['Product.unitCost']);
    await createProductsDataProvider(fakeClient(api, analyst), analyst).create!('products', { data }).catch(() => null);
    expect(api.calls[2]!.variables.input).toMatchObject({ unitCost: '210' });
  });
});
