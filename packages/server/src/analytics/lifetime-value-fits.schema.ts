import { builder } from '../kernel/graphql/builder.js';
import type { DegenerateReason, PurchaseModelFit, PurchaseModelKind, SpendModelFit } from './clv/models.js';

/*
 * The GraphQL vocabulary of the lifetime-value models: which model, what a fit says about itself (parameters with
 * standard errors, degenerate-fit warnings) and the assumptions a figure rests on. Shared by the snapshot figures
 * (lifetime-value.schema.ts) and the holdout validation (lifetime-value-validation.schema.ts).
 */

export const PurchaseModelEnum = builder.enumType('PurchaseModel', {
  description: 'The model of future purchases and of the probability a buyer is still active.',
  values: {
    BG_NBD: {
      description:
        'BG/NBD (Fader, Hardie & Lee 2005): drop-out only right after a repeat purchase, so a one-time buyer is always "alive".',
    },
    MBG_NBD: {
      description: 'MBG/NBD (Batislam et al. 2007): drop-out possible after any purchase, the first included.',
    },
    PARETO_NBD: {
      description: 'Pareto/NBD (Schmittlein et al. 1987): drop-out at any time; slower to fit.',
    },
  } as const,
});

const warnings: Record<DegenerateReason, string> = {
  NOT_FINITE: 'A parameter or the likelihood is not a finite number.',
  NOT_CONVERGED: 'The optimiser stopped before converging.',
  AT_BOUND: 'A parameter ran off towards 0 or infinity (|ln θ| > 11).',
  HESSIAN_NOT_POSITIVE: 'The likelihood is flat or not at a maximum: no standard errors.',
  UNCERTAIN: 'A standard error exceeds its estimate: the data do not pin the parameter down.',
  NO_SPEND_HETEROGENEITY: 'Gamma-Gamma q > 100: the model sees no difference of mean spend between buyers.',
  INFINITE_MEAN_SPEND: 'Gamma-Gamma q ≤ 1: the expected spend does not exist.',
};
export const FitWarningEnum = builder.enumType('FitWarning', {
  description: 'Why a model fit is flagged degenerate (rules in analytics/ANALYTICS.md).',
  values: Object.fromEntries(Object.entries(warnings).map(([k, description]) => [k, { description }])) as Record<
    DegenerateReason,
    { description: string }
  >,
});

const assumptionTexts = {
  PURCHASE_DAYS:
    'Purchases are purchase days (same-day sales merged); the first purchase is not a repeat; time in weeks.',
  ONE_TIME_BUYERS_ALIVE:
    'BG/NBD: a buyer can only drop out right after a repeat purchase, so every one-time buyer has probability alive 1 however long silent. MBG/NBD or Pareto/NBD lower it with silence.',
  DROPOUT_AFTER_ANY_PURCHASE: 'MBG/NBD: after every purchase, the first included, a buyer may drop out for good.',
  DROPOUT_ANY_TIME: 'Pareto/NBD: a buyer may drop out at any moment (exponential lifetime).',
  SPEND_INDEPENDENT:
    "Gamma-Gamma: spend per purchase is independent of purchase frequency; a buyer's mean is pulled towards the average, less so the more they bought.",
  DISCOUNTED: 'Each period is discounted at the end of the period at the given monthly rate.',
  MARGIN_RATE_CONSTANT: "CLV on margin: CLV on revenue × the buyer's margin rate to date, assumed to stay the same.",
} as const;
export type Assumption = keyof typeof assumptionTexts;

export const AssumptionEnum = builder.enumType('LifetimeValueAssumption', {
  description: 'An assumption a lifetime-value figure rests on; the admin shows them beside the figure.',
  values: Object.fromEntries(Object.entries(assumptionTexts).map(([k, description]) => [k, { description }])) as Record<
    Assumption,
    { description: string }
  >,
});

/** The assumptions of a CLV computed with this purchase model. */
export function assumptionsOf(kind: PurchaseModelKind): Assumption[] {
  const model: Assumption =
    kind === 'BG_NBD'
      ? 'ONE_TIME_BUYERS_ALIVE'
      : kind === 'MBG_NBD'
        ? 'DROPOUT_AFTER_ANY_PURCHASE'
        : 'DROPOUT_ANY_TIME';
  return ['PURCHASE_DAYS', model, 'SPEND_INDEPENDENT', 'DISCOUNTED', 'MARGIN_RATE_CONSTANT'];
}

export interface ParameterEstimate {
  name: string;
  value: number;
  standardError: number;
}

export const ParameterRef = builder.objectRef<ParameterEstimate>('ModelParameter').implement({
  description: 'A fitted parameter with its standard error (inverse Hessian of the log-likelihood, delta method).',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'r, alpha, a, b (BG/NBD, MBG/NBD); r, alpha, s, beta (Pareto/NBD); p, q, v.',
    }),
    value: t.exposeFloat('value'),
    standardError: t.float({
      nullable: true,
      description: 'Null when the Hessian is not invertible (then the fit is flagged).',
      resolve: (p) => (Number.isFinite(p.standardError) ? p.standardError : null),
    }),
  }),
});

const estimates = (params: Record<string, number>, se: Record<string, number>): ParameterEstimate[] =>
  Object.entries(params).map(([name, value]) => ({ name, value, standardError: se[name]! }));

export const LifetimeValueFitRef = builder.objectRef<PurchaseModelFit>('LifetimeValueFit').implement({
  description: 'A purchase model fitted on a snapshot.',
  fields: (t) => ({
    model: t.field({ type: PurchaseModelEnum, resolve: (f) => f.model.kind }),
    parameters: t.field({
      type: [ParameterRef],
      resolve: (f) => estimates(f.model.params, f.standardErrors),
    }),
    logLikelihood: t.exposeFloat('logLikelihood'),
    customers: t.exposeInt('customers'),
    degenerate: t.boolean({ resolve: (f) => f.degenerate.length > 0 }),
    warnings: t.field({ type: [FitWarningEnum], resolve: (f) => f.degenerate }),
  }),
});

export const SpendFitRef = builder.objectRef<SpendModelFit>('SpendFit').implement({
  description: 'The Gamma-Gamma spend model fitted on a snapshot.',
  fields: (t) => ({
    parameters: t.field({ type: [ParameterRef], resolve: (f) => estimates({ ...f.params }, { ...f.standardErrors }) }),
    logLikelihood: t.exposeFloat('logLikelihood'),
    customers: t.exposeInt('customers'),
    degenerate: t.boolean({ resolve: (f) => f.degenerate.length > 0 }),
    warnings: t.field({ type: [FitWarningEnum], resolve: (f) => f.degenerate }),
  }),
});
