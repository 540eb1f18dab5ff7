import { ContactScoreCardDocument, isFideleError, type ContactScoreCardQuery, type FideleClient } from '@fidele/sdk';
import type { Identifier } from 'react-admin';
import { raErrors } from '../../api/ra-errors';

export type ContactScoreCard = NonNullable<ContactScoreCardQuery['contactScore']>;

/**
 * A contact's scores as the page shows them: the scores, or why there are none: `CONSENT_REQUIRED` (the contact has
 * not consented to profiling), `NONE` (no snapshot scores it: not a buyer, or no snapshot computed yet).
 */
export type ContactScoreResult =
  | { status: 'SCORED'; score: ContactScoreCard }
  | { status: 'CONSENT_REQUIRED'; purpose: string; message: string }
  | { status: 'NONE' };

/** The scores plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type ScoresDataProvider = {
  /** The latest scores with the predicted value over `months` (default 12). */
  getContactScoreCard(id: Identifier, months?: number): Promise<ContactScoreResult>;
};

/** `contactScore` with `predictedValue` (profiling: the server withholds it without the contact's consent). */
export function createScoresDataProvider(client: FideleClient): ScoresDataProvider {
  return {
    getContactScoreCard: (id, months = 12) =>
      raErrors(async () => {
        try {
          const { contactScore } = await client.execute(ContactScoreCardDocument, { contact: String(id), months });
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
  };
}
