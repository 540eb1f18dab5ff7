import { builder } from '../kernel/graphql/builder.js';
import { ApiError } from '../kernel/errors.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { mayReadConfidential, type ConfidentialField } from '../kernel/field-rules.js';
import { minGroupSize, suppressSmallCounts } from '../privacy/access/small-groups.js';
import { analyticsRoles, analyticsScope, assertProfilingConsent } from './analytics.access.js';
import { visibleContact } from './analytics.schema.js';
import {
  consentBoundDimensions,
  contactDimensions,
  contactDistribution,
  contactResponseRate,
  type ContactDimension,
  type DistributionBucket,
  type ResponseRate,
} from './contact-figures.service.js';

/** Contacts in figures: counted as a whole by one dimension, and one contact's personal response rate. */

const readers = { roles: analyticsRoles };

const ContactDimensionEnum = builder.enumType('ContactDimension', {
  description:
    'What contacts can be counted by: catalog fields, references, and the département / région derived from the ' +
    'postal code. Confidential fields need a role that may read them.',
  values: Object.keys(contactDimensions) as ContactDimension[],
});

type ShownBucket = Omit<DistributionBucket, 'count'> & { count: number | null; suppressed: boolean };
interface ShownDistribution {
  by: ContactDimension;
  buckets: ShownBucket[];
  withheld: number | null;
  minGroupSize: number;
}

const DistributionBucketRef = builder.objectRef<ShownBucket>('DistributionBucket').implement({
  fields: (t) => ({
    key: t.exposeString('key', {
      nullable: true,
      description: 'Enum value or code; null for contacts without a value.',
    }),
    label: t.exposeString('label', { nullable: true, description: 'Name of a brand, zone, action or région.' }),
    count: t.exposeInt('count', { nullable: true, description: 'Null when suppressed.' }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'A group of a personal or confidential value smaller than minGroupSize (or the one that would give it away by difference): no count.',
    }),
  }),
});

const ContactDistributionRef = builder.objectRef<ShownDistribution>('ContactDistribution').implement({
  fields: (t) => ({
    by: t.expose('by', { type: ContactDimensionEnum }),
    buckets: t.field({ type: [DistributionBucketRef], resolve: (d) => d.buckets }),
    withheld: t.exposeInt('withheld', {
      nullable: true,
      description:
        'Contacts not counted by value because the dimension reads a personal field (civility, postal code) and ' +
        "their consent does not cover your request's purpose. Null when suppressed (a group like the others).",
    }),
    minGroupSize: t.exposeInt('minGroupSize', {
      description: 'The smallest group counted by a personal or confidential value (FIDELE_MIN_GROUP_SIZE).',
    }),
  }),
});

/**
 * Dimensions whose groups can single a person out, so small groups are suppressed (`access/small-groups.ts`): the
 * consent-bound ones (civility, département, région) and the confidential ones (income band, marital status, gross
 * margin class). The others count catalogue values of the business relation (kind, brand, classes, ...).
 */
export const protectedDimensions: readonly ContactDimension[] = [
  ...consentBoundDimensions,
  'INCOME_BAND',
  'MARITAL_STATUS',
  'GROSS_MARGIN_CLASS',
];

/** Applies the small-group rule to a distribution by a protected dimension; `withheld` counts as one more group. */
function shownDistribution(
  by: ContactDimension,
  d: { buckets: DistributionBucket[]; withheld: number },
): ShownDistribution {
  const min = minGroupSize();
  if (!protectedDimensions.includes(by))
    return {
      by,
      buckets: d.buckets.map((b) => ({ ...b, suppressed: false })),
      withheld: d.withheld,
      minGroupSize: min,
    };
  const shown = suppressSmallCounts([...d.buckets, { key: null, label: null, count: d.withheld }], min);
  const withheld = shown.pop()!;
  return { by, buckets: shown, withheld: withheld.count, minGroupSize: min };
}

const confidentialDimension: Partial<Record<ContactDimension, ConfidentialField>> = {
  INCOME_BAND: 'Contact.incomeBand',
  MARITAL_STATUS: 'Contact.maritalStatus',
  GROSS_MARGIN_CLASS: 'Contact.grossMarginClass',
};

const ResponseRateRef = builder.objectRef<ResponseRate>('ResponseRate').implement({
  description: "A contact's personal response rate: actions answered / actions that reached it.",
  fields: (t) => ({
    targeted: t.exposeInt('targeted'),
    responded: t.exposeInt('responded'),
    rate: t.exposeFloat('rate', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  contactDistribution: t.field({
    type: ContactDistributionRef,
    description: 'Live contacts you may see counted by one dimension, most frequent first.',
    authScopes: readers,
    args: { by: t.arg({ type: ContactDimensionEnum }) },
    resolve: async (_root, args, ctx) => {
      const field = confidentialDimension[args.by];
      if (field && !mayReadConfidential(ctx.principal, field))
        throw new ApiError('FORBIDDEN', `Your role may not count contacts by ${args.by}.`);
      return shownDistribution(args.by, await contactDistribution(ctx, analyticsScope(ctx), args.by));
    },
  }),
  contactResponseRate: t.field({
    type: ResponseRateRef,
    nullable: true,
    description:
      "A contact's personal response rate over the actions you may see. Profiling: null and CONSENT_REQUIRED when " +
      'its consent does not cover it; null when the contact is outside your rights.',
    authScopes: readers,
    args: { contact: t.arg.globalID() },
    resolve: async (_root, args, ctx) => {
      const contactId = idFor('Contact', args.contact, ['contact']);
      if (!(await visibleContact(ctx, contactId))) return null;
      await assertProfilingConsent(ctx, contactId);
      return contactResponseRate(ctx.db, analyticsScope(ctx), contactId);
    },
  }),
}));
