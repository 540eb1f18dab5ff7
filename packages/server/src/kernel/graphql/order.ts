import { builder } from './builder.js';

export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

/**
 * A typed sort input for a list: `{ field: <Entity>OrderField!, direction: SortDirection = ASC }`. `fields` maps
 * each GraphQL enum value to the Prisma column it sorts on. The id is always the last key, so that pagination
 * cursors are stable when many rows share a value.
 */
export function orderInput<const F extends Record<string, string>>(entity: string, fields: F) {
  const Field = builder.enumType(`${entity}OrderField`, {
    values: Object.keys(fields) as (keyof F & string)[],
  });
  const Input = builder.inputType(`${entity}Order`, {
    fields: (t) => ({
      field: t.field({ type: Field }),
      direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: 'ASC' }),
    }),
  });
  const toOrderBy = (
    orders: readonly { field: keyof F & string; direction?: 'ASC' | 'DESC' | null }[] | null | undefined,
  ) => {
    const keys: Record<string, 'asc' | 'desc'>[] = (orders ?? []).map((o) => ({
      [fields[o.field] as string]: o.direction === 'DESC' ? 'desc' : 'asc',
    }));
    if (!keys.some((k) => 'id' in k))
      keys.push({ id: keys.at(-1) && Object.values(keys.at(-1)!)[0] === 'desc' ? 'desc' : 'asc' });
    return keys;
  };
  return { Field, Input, toOrderBy };
}
