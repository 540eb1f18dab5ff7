import type { FideleClient, ReferenceDataQuery } from '@fidele/sdk';
import { HttpError, type DataProvider, type GetListParams } from 'react-admin';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';
import type { Session } from '../../api/session';

const lists = { brands: 'brands', zones: 'zones', productCategories: 'productCategories' } as const;
type ReferenceResource = keyof typeof lists;

/**
 * Brands, zones and product categories: small lists the API returns whole (`referenceData`), loaded once per login
 * and served to react-admin's reference inputs and fields (getList sorts, filters by `q` and pages in memory).
 */
export function createReferenceDataProvider(client: FideleClient, session: Session): Partial<DataProvider> {
  let cache: { token: string | undefined; data: Promise<ReferenceDataQuery> } | null = null;
  const load = () => {
    const token = session.get()?.token;
    if (!cache || cache.token !== token) {
      const data = client.referenceData();
      data.catch(() => (cache = null));
      cache = { token, data };
    }
    return cache.data;
  };
  const rows = async (resource: string) => (await load())[lists[resource as ReferenceResource]] ?? [];

  return recordProvider({
    getList: (resource, params: GetListParams) =>
      raErrors(async () => {
        const q = String(params.filter?.q ?? '').toLowerCase();
        let data = (await rows(resource)).filter((r) => !q || `${r.code} ${r.name}`.toLowerCase().includes(q));
        const field = (params.sort?.field ?? 'name') as 'name' | 'code';
        data = [...data].sort(
          (a, b) =>
            String(a[field] ?? '').localeCompare(String(b[field] ?? '')) * (params.sort?.order === 'DESC' ? -1 : 1),
        );
        const { page = 1, perPage = 100 } = params.pagination ?? {};
        return { data: data.slice((page - 1) * perPage, page * perPage), total: data.length };
      }),
    getMany: (resource, { ids }) =>
      raErrors(async () => {
        const all = await rows(resource);
        return { data: ids.map((id) => all.find((r) => r.id === id)).filter((r) => r !== undefined) };
      }),
    getOne: (resource, { id }) =>
      raErrors(async () => {
        const row = (await rows(resource)).find((r) => r.id === id);
        if (!row) throw new HttpError('ra.notification.item_doesnt_exist', 404);
        return { data: row };
      }),
  });
}
