import {
  ContactScoreCardDocument,
  LifetimeValueValidationDocument,
  isFideleError,
  type ContactScoreCardQuery,
  type FideleClient,
  type HorizonUnit,
  type LifetimeValueValidationQuery,
  type PurchaseModel,
} from '@fidele/sdk';
import type { Identifier } from 'react-admin';
import { raErrors } from '../../api/ra-errors';
import type { Session } from '../../api/session';
import { mayField } from '../../auth/access';

export type ContactScoreCard = NonNullable<ContactScoreCardQuery['contactScore']>;
export type LifetimeValueValidation = NonNullable<LifetimeValueValidationQuery['lifetimeValueValidation']>;

/**
 * A contact's scores as the page shows them: the scores, or why there are none: `CONSENT_REQUIRED` (the contact has
 * not consented to profiling), `NONE` (no snapshot scores it: not a buyer, or no snapshot computed yet).
 */
export type ContactScoreResult =
  | { status: 'SCORED'; score: ContactScoreCard }
  | { status: 'CONSENT_REQUIRED'; purpose: string; message: string }
  | { status: 'NONE' };

/** The lifetime-value choices of the contact page. */
export interface ValueChoice {
  /** @default 'BG_NBD' */
  model?: PurchaseModel;
  /** @default 12 */
  horizon?: number;
  /** @default 'MONTHS' */
  horizonUnit?: HorizonUnit;
}

/** The scores plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type ScoresDataProvider = {
  /** The latest scores with the predicted value under the chosen model and horizon (default BG/NBD, 12 months). */
  getContactScoreCard(id: Identifier, choice?: ValueChoice): Promise<ContactScoreResult>;
  /** The holdout validation of the models on a brand (null: the brand has no sales). */
  getLifetimeValueValidation(
    brand: string,
    options?: { calibrationEnd?: string; holdoutWeeks?: number },
  ): Promise<LifetimeValueValidation | null>;
};

/**
 * `contactScore` with `predictedValue` (profiling: the server withholds it without the contact's consent); the CLV
 * on margin only for roles that may read gross margins (the server would refuse the field otherwise).
 */
export function createScoresDataProvider(client: FideleClient, session?: Session): ScoresDataProvider {
  return {
    getContactScoreCard: (id, choice = {}) =>
      raErrors(async () => {
        try {
          const { contactScore } = await client.execute(ContactScoreCardDocument, {
            contact: String(id),
            model: choice.model ?? 'BG_NBD',
            horizon: choice.horizon ?? 12,
            horizonUnit: choice.horizonUnit ?? 'MONTHS',
            withMargin: mayField(session?.get()?.permissions, 'Sale.grossMargin'),
          });
          return contactScore ? { status: 'SCORED', score: contactScore } : { status: 'NONE' };
        } catch (e) {
          if (!isFideleError(e, 'CONSENT_REQUIRED')) throw e;
          const entry = e.errors.find((x) => x.code === 'CONSENT_REQUIRED');
          return {
            status: 'CONSENT_REQUIRED',
            purpose: String(entry?.extensions?.purpose ?? 'profiling'),
            message: entry?.message ?? e.message,
          };
        }
      }),
    getLifetimeValueValidation: (brand, options = {}) =>
      raErrors(async () => {
        const { lifetimeValueValidation } = await client.execute(LifetimeValueValidationDocument, {
          brand,
          calibrationEnd: options.calibrationEnd,
          holdoutWeeks: options.holdoutWeeks,
        });
        return lifetimeValueValidation ?? null;
      }),
  };
}
