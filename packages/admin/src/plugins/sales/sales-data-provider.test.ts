import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createSalesDataProvider } from './sales-data-provider';

describe('sales data provider', () => {
  it('maps channel, brand, contact and converted filters, and flattens the attributed action', async () => {
    const sale = {
      id: 'S1',
      version: 1,
      saleDate: '2026-03-01T00:00:00Z',
      channel: 'WEB',
      total: '80.00',
      attributedAction: { id: 'A1', code: 'EMA', name: 'x' },
      brand: { id: 'B1', code: 'M', name: 'M' },
    };
    const api = fakeApi({ Sales: { data: { sales: connection([sale], 1) } } });
    const session = fakeSession();
    const dp = createSalesDataProvider(fakeClient(api, session), session);
    const { data, total } = await dp.getList!('sales', {
      filter: { channel: 'WEB', brandId: ['B1'], contactId: 'C1', converted: true },
      sort: { field: 'total', order: 'DESC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(total).toBe(1);
    expect(data[0]).toMatchObject({ id: 'S1', attributedActionId: 'A1' });
    expect(api.calls[0]!.variables).toMatchObject({
      filter: { channel: ['WEB'], brand: ['B1'], contact: ['C1'], converted: true },
      orderBy: [{ field: 'TOTAL', direction: 'DESC' }],
    });
  });
});
