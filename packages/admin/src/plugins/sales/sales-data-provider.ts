import type { FideleClient, SaleDetailFragment, SaleFilter, SaleOrderField } from '@fidele/sdk';
import type { DataProvider } from 'react-admin';
import { asList } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { recordProvider } from '../../api/record-methods';
import type { Session } from '../../api/session';
import { mayField } from '../../auth/access';

export const saleSortFields: Record<string, SaleOrderField> = {
  id: 'ID',
  saleDate: 'SALE_DATE',
  total: 'TOTAL',
  channel: 'CHANNEL',
  createdAt: 'CREATED_AT',
};

export function saleFilter(filter: Record<string, unknown>): SaleFilter {
  const out: SaleFilter = {};
  const channel = asList(filter.channel as string);
  if (channel) out.channel = channel as SaleFilter['channel'];
  const brand = asList(filter.brandId as string);
  if (brand) out.brand = brand;
  const contact = asList(filter.contactId as string);
  if (contact) out.contact = contact;
  const action = asList(filter.attributedActionId as string);
  if (action) out.attributedAction = action;
  if (typeof filter.converted === 'boolean') out.converted = filter.converted;
  return out;
}

/** `sales` on `sales` / `sale` (lines, contact, conversion); the gross margin only for roles that may read it. */
export function createSalesDataProvider(client: FideleClient, session: Session): Partial<DataProvider> {
  const { clear: _clear, ...base } = connectionResource({
    resource: 'sales',
    list: (v) => client.withErrors.sales(v),
    one: async (id) => {
      const r = await client.withErrors.sale({ id });
      if (r.data && mayField(session.get()?.permissions, 'Sale.grossMargin')) {
        const margin = await client.saleMargin({ id });
        return { data: { ...r.data, grossMargin: margin?.grossMargin ?? null }, errors: r.errors };
      }
      return r;
    },
    filter: saleFilter,
    sortFields: saleSortFields,
    toRecord: (node, withheld) => ({
      ...node,
      attributedActionId: node.attributedAction?.id ?? null,
      contactId: 'contact' in node ? (node as SaleDetailFragment).contact.id : undefined,
      _withheld: withheld,
    }),
  });
  return recordProvider(base);
}
