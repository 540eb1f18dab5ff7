import type { FideleResult, SortDirection } from '@fidele/sdk';
import { HttpError, type GetListParams, type Identifier, type RaRecord } from 'react-admin';
import {
  createCursorPager,
  listKey,
  recordsOf,
  toOrderBy,
  withheldOf,
  type ConnectionPage,
  type Withheld,
} from './connection';
import { raErrors } from './ra-errors';
import type { RecordMethods } from './record-methods';

/** How one resource maps onto the API's list and read operations. */
export interface ConnectionResourceOptions<N, F, O extends string> {
  resource: string;
  /** The SDK's `withErrors.<list>` method. */
  list: (variables: {
    filter?: NoInfer<F>;
    orderBy?: { field: NoInfer<O>; direction: SortDirection }[];
    first: number;
    after?: string;
  }) => Promise<FideleResult<ConnectionPage<N>>>;
  /** react-admin's filter → the API's filter input. */
  filter: (filter: Record<string, unknown>) => F;
  /** Sortable sources → the API's order fields. */
  sortFields: Record<string, O>;
  /** One record (the SDK's `withErrors.<one>` method); null when it does not exist. */
  one: (id: string) => Promise<FideleResult<N | null>>;
  /** Node → react-admin record (flatten related ids for inputs). */
  toRecord?: (node: N, withheld: Withheld) => RaRecord;
}

/**
 * A read-only react-admin resource on one connection and one lookup of the API: getList (filters, sort, cursor
 * pages), getOne, getMany and getManyReference (the reference's `target` becomes a filter). Writes are added by the
 * resource's own data provider.
 */
export function connectionResource<N extends { id: string }, F, O extends string>(
  opts: ConnectionResourceOptions<N, F, O>,
): Required<Pick<RecordMethods, 'getList' | 'getOne' | 'getMany' | 'getManyReference'>> & { clear(): void } {
  const pager = createCursorPager();
  const toRecord = opts.toRecord ?? ((node: N, withheld: Withheld) => ({ ...node, _withheld: withheld }));
  const list = async (params: GetListParams) => {
    const filter = opts.filter(params.filter ?? {});
    const orderBy = toOrderBy(params.sort, opts.sortFields);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    let last: FideleResult<ConnectionPage<N>> | undefined;
    await pager.page(listKey(opts.resource, params), page, perPage, async (first, after) => {
      last = await opts.list({ filter, ...(orderBy ? { orderBy } : {}), first, ...(after ? { after } : {}) });
      return last.data;
    });
    return { data: recordsOf(last!, toRecord), total: last!.data.totalCount };
  };
  const one = async (id: Identifier) => {
    const { data, errors } = await opts.one(String(id));
    if (!data) throw new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
    return toRecord(data, withheldOf(errors));
  };
  return {
    getList: (_r, params) => raErrors(() => list(params)),
    getOne: (_r, { id }) => raErrors(async () => ({ data: await one(id) })),
    getMany: (_r, { ids }) => raErrors(async () => ({ data: await Promise.all(ids.map(one)) })),
    getManyReference: (_r, params) =>
      raErrors(() => list({ ...params, filter: { ...params.filter, [params.target]: params.id } })),
    clear: () => pager.clear(opts.resource),
  };
}
