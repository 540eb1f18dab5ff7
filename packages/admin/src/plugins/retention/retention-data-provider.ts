import type {
  ContactKind,
  FideleClient,
  RetentionPlanQuery,
  RetentionPurgeFieldsFragment,
  RetentionRuleFieldsFragment,
} from '@fidele/sdk';
import { useDataProvider, type DataProvider } from 'react-admin';
import { raErrors } from '../../api/ra-errors';

export type RetentionRule = RetentionRuleFieldsFragment;
export type RetentionPlan = RetentionPlanQuery['retentionPlan'];
export type RetentionRulePlan = RetentionPlan['rules'][number];
export type RetentionPurge = RetentionPurgeFieldsFragment;

/** A rule's change: the kind or the purpose it is for, its months and whether it applies. */
export interface RetentionRuleChange {
  kind?: ContactKind | null;
  purpose?: string | null;
  months: number;
  active: boolean;
}

/** The retention plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type RetentionDataProvider = {
  /** The rules, kinds first then purposes. */
  getRetentionRules(): Promise<RetentionRule[]>;
  /** Sets one rule (VALIDATION names `months` when out of 1..240). */
  setRetentionRule(change: RetentionRuleChange): Promise<RetentionRule>;
  /** The dry run: per rule, what is due now and within `horizonDays`, the soonest `first` listed. */
  getRetentionPlan(horizonDays: number, first?: number): Promise<RetentionPlan>;
  /** The runs of the purge, latest first. */
  getRetentionPurges(first?: number): Promise<RetentionPurge[]>;
  /** Runs the purge now (a dry run only records what is due); resolves when the run ended. */
  startRetentionPurge(dryRun: boolean): Promise<RetentionPurge>;
};

/** Retention rules, plan and purge runs, on the SDK (admins only: others get FORBIDDEN). */
export function createRetentionDataProvider(client: FideleClient): RetentionDataProvider {
  return {
    getRetentionRules: () => raErrors(() => client.retentionRules()),
    setRetentionRule: (change) =>
      raErrors(() =>
        client.setRetentionRule({
          kind: change.kind ?? null,
          purpose: change.purpose ?? null,
          months: change.months,
          active: change.active,
        }),
      ),
    getRetentionPlan: (horizonDays, first = 50) => raErrors(() => client.retentionPlan({ horizonDays, first })),
    getRetentionPurges: (first = 20) => raErrors(() => client.retentionPurges({ first })),
    startRetentionPurge: (dryRun) => raErrors(() => client.startRetentionPurge({ dryRun })),
  };
}

/** The data provider with the retention methods. */
export const useRetentionProvider = () => useDataProvider<DataProvider & RetentionDataProvider>();
