import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { ContactKindEnum, PipelineStageEnum } from '../../enums.js';
import { DateTimeRange, dateRange, oneOf } from '../../lib/filters.js';
import { idsIn } from '../../lib/global-id.js';
import { orderInput } from '../../lib/order.js';
import { consentBoundFields } from '../access/field-rules.js';
import { contactScope } from '../access/row-rules.js';
import { consentWhere } from '../consent/consent.rules.js';

/** Typed filter of the contacts list. Every condition is optional; given conditions all apply (AND). */
export const ContactFilter = builder.inputType('ContactFilter', {
  fields: (t) => ({
    ids: t.globalIDList({
      required: false,
      description: 'Only these contacts (e.g. a selection made in a list); ids you may not see simply match nothing.',
    }),
    kind: t.field({ type: [ContactKindEnum], required: false, description: 'Any of these kinds.' }),
    brand: t.globalIDList({ required: false, description: 'Any of these brands.' }),
    zone: t.globalIDList({ required: false, description: 'Any of these zones.' }),
    sourceAction: t.globalIDList({ required: false, description: 'Brought by any of these actions.' }),
    owner: t.globalIDList({ required: false, description: 'Owned by any of these staff users.' }),
    pipelineStage: t.field({ type: [PipelineStageEnum], required: false }),
    postalCodePrefix: t.string({ required: false, description: 'Postal code starts with (e.g. a department, "75").' }),
    search: t.string({ required: false, description: 'Words found in the name, company, e-mail or city.' }),
    createdAt: t.field({ type: DateTimeRange, required: false }),
    firstSaleAt: t.field({ type: DateTimeRange, required: false }),
    deleted: t.boolean({
      required: false,
      defaultValue: false,
      description: 'false: live contacts only (default); true: deleted contacts only.',
    }),
  }),
});

const contactOrderColumns = {
  ID: 'id',
  LAST_NAME: 'lastName',
  COMPANY_NAME: 'companyName',
  KIND: 'kind',
  POSTAL_CODE: 'postalCode',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  FIRST_CONTACT_AT: 'firstContactAt',
  FIRST_SALE_AT: 'firstSaleAt',
} as const;

export const contactOrder = orderInput('Contact', contactOrderColumns);

type Filter = typeof ContactFilter.$inferInput;
type Order = readonly { field: keyof typeof contactOrderColumns }[] | null | undefined;

/** Columns the `search` words look in. */
const searchColumns = ['firstName', 'lastName', 'companyName', 'email', 'city'] as const;

/**
 * Does this filter or sort read a personal (consent-bound) column? Then the list must only see contacts whose
 * consent covers the purpose: otherwise a search by e-mail, a postal-code prefix or the order of names would reveal
 * withheld values one guess at a time (Keystone issue 7710).
 */
function readsPersonal(f: Filter | null | undefined, orderBy: Order): boolean {
  const personal = new Set<string>(consentBoundFields);
  const columns: string[] = [
    ...(f?.search?.trim() ? searchColumns : []),
    ...(f?.postalCodePrefix ? ['postalCode'] : []),
    ...(orderBy ?? []).map((o) => contactOrderColumns[o.field]),
  ];
  return columns.some((c) => personal.has(c));
}

/**
 * The Prisma `where` of a filter, always confined to the caller's row rule. Merged contacts are never listed. When
 * the filter or the sort reads a personal field, only contacts whose consent covers the purpose are seen.
 */
export function contactWhere(ctx: Context, f: Filter | null | undefined, orderBy?: Order) {
  const words = f?.search?.trim().split(/\s+/).filter(Boolean) ?? [];
  return {
    AND: [
      contactScope(ctx),
      readsPersonal(f, orderBy) ? consentWhere(ctx.purpose, ctx.now) : {},
      {
        mergedIntoId: null,
        deletedAt: f?.deleted ? { not: null } : null,
        id: idsIn('Contact', f?.ids, ['filter', 'ids']),
        kind: oneOf(f?.kind),
        brandId: idsIn('Brand', f?.brand, ['filter', 'brand']),
        zoneId: idsIn('Zone', f?.zone, ['filter', 'zone']),
        sourceActionId: idsIn('MarketingAction', f?.sourceAction, ['filter', 'sourceAction']),
        ownerId: idsIn('StaffUser', f?.owner, ['filter', 'owner']),
        pipelineStage: oneOf(f?.pipelineStage),
        postalCode: f?.postalCodePrefix ? { startsWith: f.postalCodePrefix } : undefined,
        createdAt: dateRange(f?.createdAt),
        firstSaleAt: dateRange(f?.firstSaleAt),
      },
      ...words.map((w) => ({
        // SQLite's LIKE ignores ASCII case already; PostgreSQL needs it asked for.
        OR: searchColumns.map((field) => ({
          [field]: ctx.provider === 'postgresql' ? { contains: w, mode: 'insensitive' as const } : { contains: w },
        })),
      })),
    ],
  };
}
