import { builder } from '../kernel/graphql/builder.js';
import { validationError, fieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { mayReadConfidential, type ConfidentialField } from '../kernel/field-rules.js';
import { ContactScoreRef, ScoreSnapshotRef } from './analytics.schema.js';
import { WEEKS_PER_MONTH } from './clv/clv.js';
import { PURCHASE_MODELS, type PurchaseModelKind } from './clv/models.js';
import {
  LEFT_CENSORED_WEEKS,
  predictionModel,
  predictValue,
  snapshotFits,
  type PredictedValue,
} from './lifetime-value.service.js';
import {
  AssumptionEnum,
  FitWarningEnum,
  LifetimeValueFitRef,
  PurchaseModelEnum,
  SpendFitRef,
  assumptionsOf,
} from './lifetime-value-fits.schema.js';
import './lifetime-value-validation.schema.js';

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
    scoringModel: t.field({
      type: PurchaseModelEnum,
      nullable: true,
      description:
        'The purchase model behind each buyer’s stored `probabilityAlive` and `scoredValue` (Gamma-Gamma for the spend).',
      select: { scoringModel: true },
      resolve: (m) => m.scoringModel as PurchaseModelKind | null,
    }),
    scoringHorizonWeeks: t.exposeInt('scoringHorizonWeeks', {
      nullable: true,
      description: 'The horizon of the stored `scoredValue`, in weeks (discounted at 1% a month, weekly).',
    }),
    fits: t.field({
      type: [LifetimeValueFitRef],
      description:
        'The purchase models fitted on this snapshot, with standard errors and degenerate-fit warnings. Fitted on first use and kept in memory (Pareto/NBD takes seconds on a few thousand buyers).',
      args: { models: t.arg({ type: [PurchaseModelEnum], required: false, description: 'Default: all three.' }) },
      resolve: (m, { models }, ctx) =>
        Promise.all((models ?? [...PURCHASE_MODELS]).map((k) => snapshotFits(ctx.db, m).purchase(k))),
    }),
    spendFit: t.field({
      type: SpendFitRef,
      description: 'Gamma-Gamma with standard errors and degenerate-fit warnings.',
      resolve: (m, _args, ctx) => snapshotFits(ctx.db, m).spend,
    }),
  }),
});

builder.prismaObjectField(ScoreSnapshotRef, 'lifetimeValueModel', (t) =>
  t.relation('lifetimeValue', {
    nullable: true,
    description: 'The models fitted on this snapshot; null when too few buyers repeat.',
  }),
);

const HorizonUnitEnum = builder.enumType('HorizonUnit', {
  values: { WEEKS: { description: 'Weeks.' }, MONTHS: { description: 'Months of 365.25/12 days.' } } as const,
});

interface ShownValue extends PredictedValue {
  leftCensored: boolean;
  degenerateFit: boolean;
  warnings: string[];
  assumptions: ReturnType<typeof assumptionsOf>;
}

const marginField: ConfidentialField = 'Sale.grossMargin';

const PredictedValueRef = builder.objectRef<ShownValue>('PredictedValue').implement({
  description: "A buyer's predicted value under the snapshot's models.",
  fields: (t) => ({
    model: t.field({ type: PurchaseModelEnum, resolve: (v) => v.model }),
    probabilityAlive: t.exposeFloat('probabilityAlive', {
      description:
        'Probability the buyer is still active. Under BG/NBD it is 1 for every one-time buyer (see assumptions); MBG/NBD and Pareto/NBD lower it with silence.',
    }),
    expectedPurchases: t.exposeFloat('expectedPurchases', { description: 'Expected purchase days over the horizon.' }),
    expectedSpend: t.exposeFloat('expectedSpend', {
      description: 'Expected revenue of one future purchase (Gamma-Gamma).',
    }),
    lifetimeValue: t.exposeFloat('lifetimeValue', { description: 'Discounted expected revenue over the horizon.' }),
    marginLifetimeValue: t.float({
      nullable: true,
      description:
        "CLV on gross margin: lifetimeValue × the buyer's margin rate to date. Confidential like Sale.grossMargin.",
      authScopes: (_v, _a, ctx) => mayReadConfidential(ctx.principal, marginField),
      resolve: (v) => v.marginLifetimeValue,
    }),
    marginRate: t.float({
      nullable: true,
      description: "The buyer's gross margin / revenue to date. Confidential like Sale.grossMargin.",
      authScopes: (_v, _a, ctx) => mayReadConfidential(ctx.principal, marginField),
      resolve: (v) => v.marginRate,
    }),
    leftCensored: t.exposeBoolean('leftCensored', {
      description: `First recorded purchase within ${LEFT_CENSORED_WEEKS} weeks of the start of the data: the buyer may have bought before records began, so the history (x, T) may be understated.`,
    }),
    degenerateFit: t.exposeBoolean('degenerateFit', {
      description: 'The purchase or spend model fit is degenerate (see warnings): the figure is not to be trusted.',
    }),
    warnings: t.field({ type: [FitWarningEnum], resolve: (v) => v.warnings as never }),
    assumptions: t.field({ type: [AssumptionEnum], resolve: (v) => v.assumptions }),
  }),
});
/** The horizon asked for (`horizon` in `horizonUnit`, else `months`), checked; VALIDATION otherwise. */
function horizonOf(args: {
  months: number;
  horizon?: number | null;
  horizonUnit: 'WEEKS' | 'MONTHS';
  monthlyDiscountRate: number;
}): { periods: number; unit: 'WEEKS' | 'MONTHS' } {
  const unit = args.horizonUnit;
  const given = args.horizon !== undefined && args.horizon !== null;
  const periods = given ? args.horizon! : unit === 'MONTHS' ? args.months : Math.round(args.months * WEEKS_PER_MONTH);
  const max = unit === 'MONTHS' ? 120 : 520;
  const problems = [
    ...(!(periods >= 0 && periods <= max)
      ? [fieldProblem([given ? 'horizon' : 'months'], fieldMessage('BETWEEN', { min: 0, max }))]
      : []),
    ...(!(args.monthlyDiscountRate >= 0 && args.monthlyDiscountRate < 1)
      ? [fieldProblem(['monthlyDiscountRate'], fieldMessage('RATE_BELOW_ONE'))]
      : []),
  ];
  if (problems.length) throw validationError(problems);
  return { periods, unit };
}

// The stored value of the scoring model (stored-value.service.ts): what filters, segments and sorts read.
builder.prismaObjectFields(ContactScoreRef, (t) => ({
  probabilityAlive: t.exposeFloat('probabilityAlive', {
    nullable: true,
    description:
      'Probability still active under the snapshot’s scoring model (LifetimeValueModel.scoringModel), stored when the ' +
      'snapshot was computed: what contact filters, segments and sorts read. Null when the snapshot has no model.',
  }),
  scoredValue: t.expose('predictedValue', {
    type: 'Decimal',
    nullable: true,
    description:
      'CLV on revenue stored when the snapshot was computed: `predictedValue(model: <scoringModel>, horizon: ' +
      '<scoringHorizonWeeks>, horizonUnit: WEEKS, monthlyDiscountRate: 0.01).lifetimeValue` rounded to the cent. ' +
      'What contact filters, segments and sorts read. Null when the snapshot has no model.',
  }),
}));

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
      model: t.arg({ type: PurchaseModelEnum, defaultValue: 'BG_NBD', description: 'The purchase model.' }),
      months: t.arg.int({
        defaultValue: 12,
        description: 'Horizon in months (0 to 120), when `horizon` is not given.',
      }),
      horizon: t.arg.int({
        required: false,
        description: 'Horizon in `horizonUnit` (0 to 120 months or 0 to 520 weeks); overrides `months`.',
      }),
      horizonUnit: t.arg({ type: HorizonUnitEnum, defaultValue: 'MONTHS' }),
      monthlyDiscountRate: t.arg.float({
        defaultValue: 0.01,
        description:
          'Discount rate per month, as a fraction (0.01 = 1%); weekly periods use the equivalent weekly rate.',
      }),
    },
    select: {
      repeatPurchases: true,
      repeatSpanWeeks: true,
      ageWeeks: true,
      meanRepeatSpend: true,
      monetary: true,
      grossMargin: true,
      firstPurchaseAt: true,
      snapshot: { select: { lifetimeValue: true } },
    },
    resolve: async (s, args, ctx) => {
      const { periods, unit } = horizonOf(args);
      const stored = s.snapshot.lifetimeValue;
      if (!stored) return null;
      const kind = args.model as PurchaseModelKind;
      const fits = snapshotFits(ctx.db, stored);
      const [model, purchaseFit, spendFit, dataStart] = await Promise.all([
        predictionModel(ctx.db, stored, kind),
        fits.purchase(kind),
        fits.spend,
        fits.dataStart,
      ]);
      let value: PredictedValue;
      try {
        value = predictValue(stored, model, s, { periods, unit }, args.monthlyDiscountRate);
      } catch (e) {
        // Parameters so degenerate that the closed forms cannot be evaluated: no prediction (the fit is flagged).
        if (e instanceof RangeError) return null;
        throw e;
      }
      const warnings = [...new Set([...purchaseFit.degenerate, ...spendFit.degenerate])];
      const weekMs = 7 * 86_400_000;
      return {
        ...value,
        leftCensored:
          dataStart !== null && s.firstPurchaseAt.getTime() < dataStart.getTime() + LEFT_CENSORED_WEEKS * weekMs,
        degenerateFit: warnings.length > 0,
        warnings,
        assumptions: assumptionsOf(kind),
      };
    },
  }),
}));
