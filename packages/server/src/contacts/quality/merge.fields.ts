import type { Context } from '../../kernel/context.js';
import { ApiError, type FieldProblem, validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { type ConfidentialField, confidentialFields, mayReadConfidential } from '../../kernel/field-rules.js';

/** Which value of each contact field a merge keeps (merge.service.ts). */

/** The contact fields a merge may take from either side (GraphQL names). */
export const mergeableFields = [
  'kind',
  'civility',
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'fax',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
  'language',
  'externalRef',
  'incomeBand',
  'maritalStatus',
  'discountRate',
  'grossMarginClass',
  'sourceAction',
  'owner',
  'revenueClass',
  'frequencyClass',
  'distributionType',
  'commercialService',
  'prospectPriority',
  'pipelineStage',
  'estimatedPotential',
  'contactsMadeCount',
  'endReason',
  'businessSector',
  'bankType',
  'journalistBeat',
  'meetingsCount',
  'relationType',
  'relationOf',
] as const;

export type MergeableField = (typeof mergeableFields)[number];

/** GraphQL name → column. */
const column = (f: MergeableField): string =>
  f === 'sourceAction' || f === 'owner' || f === 'relationOf' ? `${f}Id` : f;

const addressBlock: readonly MergeableField[] = [
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
];

export type MergeSide = 'SURVIVOR' | 'MERGED';

export interface FieldChange {
  field: string;
  /** The survivor's value before, as text (null when empty or withheld). */
  before: string | null;
  /** The value after the merge, as text (null when empty or withheld). */
  after: string | null;
  from: MergeSide;
  /** True when the values are withheld from the caller (confidential field, or personal without consent). */
  withheld: boolean;
}

export const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);

/** `data` without the confidential fields this context may not read (and so may not write). */
export function writableBy<D extends Record<string, unknown>>(ctx: Context, data: D): D {
  if (ctx.principal?.kind === 'system') return data;
  const hidden = (k: string) =>
    `Contact.${k}` in confidentialFields && !mayReadConfidential(ctx.principal, `Contact.${k}` as ConfidentialField);
  return Object.fromEntries(Object.entries(data).filter(([k]) => !hidden(k))) as D;
}

/**
 * The sides chosen by the caller, per field (the address moves as one block); throws on a field that is not
 * mergeable (VALIDATION) or whose value the role may not choose (FORBIDDEN).
 */
export function chosenSides(
  ctx: Context,
  survivorId: number,
  mergedId: number,
  fieldChoices: readonly { field: string; from: MergeSide }[],
): Map<MergeableField, MergeSide> {
  const problems: FieldProblem[] = [];
  if (survivorId === mergedId) problems.push(fieldProblem(['mergedId'], fieldMessage('MERGE_INTO_ITSELF')));
  const chosen = new Map<MergeableField, MergeSide>();
  fieldChoices.forEach((c, i) => {
    if (!(mergeableFields as readonly string[]).includes(c.field))
      problems.push(
        fieldProblem(['fieldChoices', String(i), 'field'], fieldMessage('NOT_MERGEABLE_FIELD', { field: c.field })),
      );
    else {
      const f = c.field as MergeableField;
      const confidential = `Contact.${f}` as ConfidentialField;
      if (confidential in confidentialFields && !mayReadConfidential(ctx.principal, confidential)) {
        throw new ApiError('FORBIDDEN', `Your role may not choose the value of ${f}.`, { field: f });
      }
      // The address moves as one block.
      for (const g of addressBlock.includes(f) ? addressBlock : [f]) chosen.set(g, c.from);
    }
  });
  if (problems.length) throw validationError(problems);
  return chosen;
}

/**
 * The survivor's new values: its own, except where it has none and the merged contact has one, and except the
 * fields chosen from the merged contact; first contact and first sale: the earliest. Returns the columns to write,
 * the changes as the caller may see them, and the fields taken from the merged contact.
 */
export function mergedValues(
  ctx: Context,
  chosen: Map<MergeableField, MergeSide>,
  survivor: Record<string, unknown>,
  merged: Record<string, unknown>,
) {
  const [s, m] = [survivor, merged];
  // Without an explicit choice the address block follows its postal code's side.
  const addressFromMerged =
    !chosen.has('postalCode') &&
    s.postalCode == null &&
    s.city == null &&
    s.addressLine1 == null &&
    (m.postalCode != null || m.city != null || m.addressLine1 != null);
  const data: Record<string, unknown> = {};
  const changes: FieldChange[] = [];
  const fieldChoices: Record<string, MergeSide> = {};
  for (const f of mergeableFields) {
    const col = column(f);
    const side: MergeSide =
      chosen.get(f) ??
      (addressBlock.includes(f)
        ? addressFromMerged
          ? 'MERGED'
          : 'SURVIVOR'
        : s[col] == null && m[col] != null
          ? 'MERGED'
          : 'SURVIVOR');
    if (side === 'MERGED') fieldChoices[f] = side;
    const after = side === 'MERGED' ? m[col] : s[col];
    if (text(after) === text(s[col])) continue;
    data[col] = after;
    const confidential = `Contact.${f}` as ConfidentialField;
    // Personal values are readable here (checked by the caller); confidential ones only by the roles that read them.
    const withheld = confidential in confidentialFields && !mayReadConfidential(ctx.principal, confidential);
    changes.push({
      field: f,
      before: withheld ? null : text(s[col]),
      after: withheld ? null : text(after),
      from: side,
      withheld,
    });
  }
  for (const f of ['firstContactAt', 'firstSaleAt'] as const) {
    const [a, b] = [s[f] as Date | null, m[f] as Date | null];
    if (b && (!a || b < a)) {
      data[f] = b;
      changes.push({ field: f, before: text(a), after: text(b), from: 'MERGED', withheld: false });
    }
  }
  return { data, changes, fieldChoices };
}
