import { builder } from '../kernel/graphql/builder.js';
import { ApiError, validationError, fieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { minGroupSize, unlessSmall } from '../privacy/access/small-groups.js';
import { analyticsRoles, analyticsScope } from './analytics.access.js';
import { isoDay } from './analytics.sql.js';
import type { FrequencyBucket, ModelValidation, TrackingPoint } from './clv/validation.js';
import { FitWarningEnum, ParameterRef, PurchaseModelEnum } from './lifetime-value-fits.schema.js';
import {
  CalibrationEndError,
  MAX_HOLDOUT_WEEKS,
  type BrandValidation,
  validateBrand,
} from './lifetime-value-validation.service.js';

/*
 * The holdout validation of the lifetime-value models, per brand: aggregates only (a table by calibration
 * frequency, a tracking curve, fit figures), never a person. Rows of the frequency table with fewer buyers than
 * FIDELE_MIN_GROUP_SIZE show no means (they would be a few persons' purchases).
 */

type ShownBucket = Omit<FrequencyBucket, 'actual' | 'predicted'> & {
  actual: number | null;
  predicted: number | null;
  suppressed: boolean;
};

const FrequencyBucketRef = builder.objectRef<ShownBucket>('CalibrationFrequencyBucket').implement({
  description: 'Buyers with a number of repeat purchases in calibration, and their mean holdout purchases.',
  fields: (t) => ({
    frequency: t.exposeInt('frequency', { description: 'Repeat purchase days in calibration; 7 means 7 or more.' }),
    customers: t.exposeInt('customers'),
    actual: t.float({ nullable: true, resolve: (b) => b.actual, description: 'Mean holdout purchase days, actual.' }),
    predicted: t.float({ nullable: true, resolve: (b) => b.predicted, description: 'Mean predicted by the model.' }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Fewer buyers than FIDELE_MIN_GROUP_SIZE: no means.' }),
  }),
});

const TrackingPointRef = builder.objectRef<TrackingPoint>('TrackingPoint').implement({
  description: 'Cumulative repeat purchase days of the calibration cohort at the end of a holdout week.',
  fields: (t) => ({
    week: t.exposeInt('week'),
    actual: t.exposeFloat('actual'),
    predicted: t.exposeFloat('predicted'),
  }),
});

const ModelValidationRef = builder.objectRef<ModelValidation>('ModelValidation').implement({
  description: 'One purchase model fitted on the calibration period and compared with the holdout.',
  fields: (t) => ({
    model: t.field({ type: PurchaseModelEnum, resolve: (m) => m.model }),
    parameters: t.field({ type: [ParameterRef], resolve: (m) => m.parameters }),
    logLikelihood: t.exposeFloat('logLikelihood'),
    degenerate: t.boolean({ resolve: (m) => m.degenerate.length > 0 }),
    warnings: t.field({ type: [FitWarningEnum], resolve: (m) => m.degenerate }),
    byFrequency: t.field({
      type: [FrequencyBucketRef],
      resolve: (m) => {
        const min = minGroupSize();
        return m.byFrequency.map((b) => ({
          ...b,
          actual: unlessSmall(b.customers, b.actual, min),
          predicted: unlessSmall(b.customers, b.predicted, min),
          suppressed: unlessSmall(b.customers, true, min) === null,
        }));
      },
    }),
    tracking: t.field({ type: [TrackingPointRef], resolve: (m) => m.tracking }),
    totalActual: t.exposeFloat('totalActual', { description: 'Holdout repeat purchase days of the cohort.' }),
    totalPredicted: t.exposeFloat('totalPredicted'),
    totalError: t.float({
      nullable: true,
      description: '(predicted − actual) / actual, a fraction.',
      resolve: (m) => m.totalError,
    }),
    rmse: t.exposeFloat('rmse', {
      description:
        'Root mean squared error of the per-buyer holdout forecast (purchase days): the recommendation criterion.',
    }),
  }),
});

const BrandValidationRef = builder.objectRef<BrandValidation>('LifetimeValueValidation').implement({
  description:
    'Holdout validation of the purchase models on a brand: each model fitted on the calibration period, its forecast compared with the holdout.',
  fields: (t) => ({
    firstSaleDay: t.string({ resolve: (v) => v.period.firstSaleDay }),
    lastSaleDay: t.string({ resolve: (v) => v.period.lastSaleDay }),
    calibrationEnd: t.string({ resolve: (v) => v.period.calibrationEnd, description: 'Last calibration day.' }),
    holdoutEnd: t.string({ resolve: (v) => v.period.holdoutEnd }),
    holdoutWeeks: t.exposeFloat('holdoutWeeks'),
    customers: t.exposeInt('customers', { description: 'Buyers of the calibration cohort read (after sampling).' }),
    cohortBuyers: t.exposeInt('cohortBuyers', { description: 'Buyers of the calibration cohort in the brand.' }),
    sampleStep: t.exposeInt('sampleStep', { description: '1: every buyer read; k: one contact id in k.' }),
    insufficientData: t.exposeBoolean('insufficientData', {
      description: 'Too few buyers or repeat buyers in calibration to fit (then no models).',
    }),
    models: t.field({ type: [ModelValidationRef], resolve: (v) => v.models }),
    recommended: t.field({
      type: PurchaseModelEnum,
      nullable: true,
      description:
        'The model with the lowest rmse among the non-degenerate fits; null when every fit is degenerate (none is reliable).',
      resolve: (v) => v.recommended,
    }),
    computeMs: t.exposeInt('computeMs'),
  }),
});

builder.queryFields((t) => ({
  lifetimeValueValidation: t.field({
    type: BrandValidationRef,
    nullable: true,
    description:
      "Holdout validation of BG/NBD, MBG/NBD and Pareto/NBD on a brand's sales (aggregates only). Null when the brand has no sales.",
    authScopes: { roles: analyticsRoles },
    args: {
      brand: t.arg.globalID(),
      calibrationEnd: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Last day of calibration; default: two thirds of the way from the first to the last sale.',
      }),
      holdoutWeeks: t.arg.int({
        required: false,
        description: `Holdout length in weeks (1 to ${MAX_HOLDOUT_WEEKS}); default: up to the last sale.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const brandId = idFor('Brand', args.brand, ['brand']);
      const scope = analyticsScope(ctx);
      const brand = await ctx.db.brand.findUnique({ where: { id: brandId }, select: { id: true } });
      // A brand out of the caller's scope answers like a missing one.
      if (!brand || (scope.brandIds !== null && !scope.brandIds.includes(brandId)))
        throw new ApiError('NOT_FOUND', 'No such brand.');
      const weeks = args.holdoutWeeks ?? undefined;
      if (weeks !== undefined && !(weeks >= 1 && weeks <= MAX_HOLDOUT_WEEKS))
        throw validationError([
          fieldProblem(['holdoutWeeks'], fieldMessage('BETWEEN', { min: 1, max: MAX_HOLDOUT_WEEKS })),
        ]);
      try {
        return await validateBrand(ctx.db, ctx.provider, {
          brandId,
          calibrationEnd: args.calibrationEnd ? isoDay(args.calibrationEnd) : undefined,
          holdoutWeeks: weeks,
        });
      } catch (e) {
        if (e instanceof CalibrationEndError)
          throw validationError([
            fieldProblem(['calibrationEnd'], fieldMessage('CALIBRATION_END', { first: e.first, last: e.last })),
          ]);
        throw e;
      }
    },
  }),
}));
