import type { FideleClient, ProductFilter, ProductOrderField, ProductPatch } from '@fidele/sdk';
import type { DataProvider } from 'react-admin';
import { asList, changedFields } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import type { Session } from '../../api/session';
import { mayField } from '../../auth/access';

export const productSortFields: Record<string, ProductOrderField> = { id: 'ID', code: 'CODE', name: 'NAME', listPrice: 'LIST_PRICE', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' };

export function productFilter(filter: Record<string, unknown>): ProductFilter {
  const out: ProductFilter = {};
  const q = typeof filter.q === 'string' ? filter.q.trim() : '';
  if (q) out.search = q;
  if (typeof filter.active === 'boolean') out.active = filter.active;
  const category = asList(filter.categoryId as string);
  if (category) out.category = category;
  return out;
}

export const productWritableSources = ['name', 'active', 'listPrice', 'warrantyMonths'] as const;

/**
 * `products` on `products` / `product`; the confidential unit cost (`productCost`) is read only for roles that may
 * read it; `updateProduct` with the version read, changed fields only.
 */
export function createProductsDataProvider(client: FideleClient, session: Session): Partial<DataProvider> {
  const base = connectionResource({
    resource: 'products',
    list: (v) => client.withErrors.products(v),
    one: async (id) => {
      const r = await client.withErrors.product({ id });
      if (r.data && mayField(session.get()?.permissions, 'Product.unitCost')) {
        const cost = await client.productCost({ id });
        return { data: { ...r.data, unitCost: cost?.unitCost ?? null }, errors: r.errors };
      }
      return r;
    },
    filter: productFilter,
    sortFields: productSortFields,
    toRecord: (node, withheld) => ({ ...node, categoryId: node.category?.id ?? null, _withheld: withheld }),
  });
  return {
    ...base,
    update: (_r, { id, data, previousData }) =>
      raErrors(async () => {
        const changes = changedFields(data as Record<string, unknown>, previousData as Record<string, unknown>, productWritableSources);
        if (Object.keys(changes).length === 0) return { data: previousData };
        const updated = await client.updateProduct({ id: String(id), version: (previousData as { version: number }).version, input: changes as ProductPatch });
        base.clear();
        return { data: { ...previousData, ...updated, _withheld: {} } };
      }) as never,
  };
}
