import { builder } from '../kernel/graphql/builder.js';
import { validationError } from '../kernel/errors.js';
import { ContactScoreRef, ScoreSnapshotRef } from './analytics.schema.js';
import { predictValue, type PredictedValue } from './lifetime-value.service.js';

/** The fitted lifetime-value models of a snapshot (aggregate figures: no personal data). */
// Registered for its fields; the snapshot's `lifetimeValueModel` field refers to it by its Prisma name.
builder.prismaObject('LifetimeValueModel', {
  description:
    'BG/NBD (future purchases, probability alive) and Gamma-Gamma (spend per purchase) fitted on the buyers of a snapshot; time in weeks.',
  fields: (t) => ({
    r: t.exposeFloat('bgnbdR', { description: 'BG/NBD r: shape of the purchase-rate heterogeneity.' }),
    alpha: t.exposeFloat('bgnbdAlpha', { description: 'BG/NBD α: scale of the purchase-rate heterogeneity (weeks).' }),
    a: t.exposeFloat('bgnbdA', { description: 'BG/NBD a: drop-out heterogeneity.' }),
    b: t.exposeFloat('bgnbdB', { description: 'BG/NBD b: drop-out heterogeneity.' }),
    logLikelihood: t.exposeFloat('bgnbdLogLikelihood'),
    customers: t.exposeInt('customers', { description: 'Buyers the BG/NBD model was fitted on.' }),
    groups: t.exposeInt('groups', { description: 'Distinct (x, t_x, T) histories the fit evaluated.' }),
    p: t.exposeFloat('spendP', { description: 'Gamma-Gamma p.' }),
    q: t.exposeFloat('spendQ', { description: 'Gamma-Gamma q.' }),
    v: t.exposeFloat('spendV', { description: 'Gamma-Gamma v.' }),
    spendLogLikelihood: t.exposeFloat('spendLogLikelihood'),
    spendCustomers: t.exposeInt('spendCustomers', {
      description: 'Buyers with a repeat purchase, on whom the spend model was fitted.',
    }),
    fitMs: t.exposeInt('fitMs'),
  }),
});

builder.prismaObjectField(ScoreSnapshotRef, 'lifetimeValueModel', (t) =>
  t.relation('lifetimeValue', {
    nullable: true,
    description: 'The models fitted on this snapshot; null when too few buyers repeat.',
  }),
);

const PredictedValueRef = builder.objectRef<PredictedValue>('PredictedValue').implement({
  description: "A buyer's predicted value under the snapshot's models.",
  fields: (t) => ({
    probabilityAlive: t.exposeFloat('probabilityAlive', {
      description: 'Probability the buyer is still active (BG/NBD).',
    }),
    expectedPurchases: t.exposeFloat('expectedPurchases', { description: 'Expected purchase days over the horizon.' }),
    expectedSpend: t.exposeFloat('expectedSpend', {
      description: 'Expected revenue of one future purchase (Gamma-Gamma).',
    }),
    lifetimeValue: t.exposeFloat('lifetimeValue', { description: 'Discounted expected revenue over the horizon.' }),
  }),
});

builder.prismaObjectFields(ContactScoreRef, (t) => ({
  repeatPurchases: t.exposeInt('repeatPurchases', {
    description: 'Purchase days after the first (x of BG/NBD); same-day sales count once.',
  }),
  repeatSpanWeeks: t.exposeFloat('repeatSpanWeeks', {
    description: 'Weeks from the first to the last purchase day (t_x).',
  }),
  ageWeeks: t.exposeFloat('ageWeeks', { description: 'Weeks from the first purchase day to the snapshot day (T).' }),
  meanRepeatSpend: t.expose('meanRepeatSpend', {
    type: 'Decimal',
    description: 'Mean revenue of the repeat purchase days (z̄).',
  }),
  predictedValue: t.field({
    type: PredictedValueRef,
    nullable: true,
    description: 'Predictive lifetime value over a horizon (CLV); null when the snapshot has no fitted model.',
    args: {
      months: t.arg.int({ defaultValue: 12, description: 'Horizon in months (0 to 120).' }),
      monthlyDiscountRate: t.arg.float({
        defaultValue: 0.01,
        description: 'Discount rate per month, as a fraction (0.01 = 1%).',
      }),
    },
    select: {
      repeatPurchases: true,
      repeatSpanWeeks: true,
      ageWeeks: true,
      meanRepeatSpend: true,
      snapshot: { select: { lifetimeValue: true } },
    },
    resolve: (s, { months, monthlyDiscountRate }) => {
      const problems = [
        ...(months < 0 || months > 120 ? [{ path: ['months'], message: 'must be between 0 and 120' }] : []),
        ...(!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)
          ? [{ path: ['monthlyDiscountRate'], message: 'must be at least 0 and below 1' }]
          : []),
      ];
      if (problems.length) throw validationError(problems);
      const model = s.snapshot.lifetimeValue;
      return model ? predictValue(model, s, months, monthlyDiscountRate) : null;
    },
  }),
}));
