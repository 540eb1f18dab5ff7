import type { FideleClient, ProductFilter, ProductInput, ProductOrderField, ProductPatch } from '@fidele/sdk';
import type { DataProvider } from 'react-admin';
import { asList, changedFields } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';
import type { Session } from '../../api/session';
import { mayField } from '../../auth/access';

export const productSortFields: Record<string, ProductOrderField> = {
  id: 'ID',
  code: 'CODE',
  name: 'NAME',
  listPrice: 'LIST_PRICE',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

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

/** The create form → `ProductInput`: the category under its API name, amounts as decimal strings. */
export function productInput(data: Record<string, unknown>, mayWriteCost: boolean): ProductInput {
  const decimal = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : String(v));
  const input: ProductInput = {
    code: String(data.code ?? ''),
    name: String(data.name ?? ''),
    category: String(data.categoryId ?? ''),
    listPrice: decimal(data.listPrice) ?? '',
    active: data.active !== false,
  };
  if (typeof data.warrantyMonths === 'number') input.warrantyMonths = data.warrantyMonths;
  const cost = decimal(data.unitCost);
  if (mayWriteCost && cost !== undefined) input.unitCost = cost;
  return input;
}

/**
 * `products` on `products` / `product`; the confidential unit cost (`productCost`) is read only for roles that may
 * read it; `createProduct`; `updateProduct` with the version read, changed fields only.
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
  return recordProvider({
    ...base,
    create: (_r, { data }) =>
      raErrors(
        async () => {
          const input = productInput(
            data as Record<string, unknown>,
            mayField(session.get()?.permissions, 'Product.unitCost', 'write'),
          );
          const created = await client.createProduct({ input });
          base.clear();
          return { data: { ...created, categoryId: created.category?.id ?? null, _withheld: {} } };
        },
        { category: 'categoryId' },
      ),
    update: (_r, { id, data, previousData }) =>
      raErrors(async () => {
        const changes = changedFields(
          data as Record<string, unknown>,
          previousData as Record<string, unknown>,
          productWritableSources,
        );
        if (Object.keys(changes).length === 0) return { data: previousData };
        const updated = await client.updateProduct({
          id: String(id),
          version: (previousData as { version: number }).version,
          input: changes as ProductPatch,
        });
        base.clear();
        return { data: { ...previousData, ...updated, _withheld: {} } };
      }),
  });
}
