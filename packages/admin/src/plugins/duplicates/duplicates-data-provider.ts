import type {
  ContactSummaryFragment,
  DuplicateCandidatesQuery,
  FideleClient,
  MergeContactsMutation,
  MergeFieldChoice,
  MergeableContactField,
} from '@fidele/sdk';
import { withheldOf, type Withheld } from '../../api/connection';
import { raErrors } from '../../api/ra-errors';

type Candidates = DuplicateCandidatesQuery['duplicateCandidates'];
type Candidate = Candidates['edges'][number]['node'];
export type DuplicateContact = ContactSummaryFragment & { _withheld: Withheld };
/** A candidate pair with the withheld fields of each side. */
export type DuplicatePair = Omit<Candidate, 'contact' | 'duplicate'> & {
  id: string;
  contact: DuplicateContact;
  duplicate: DuplicateContact;
};
export type MergeResult = MergeContactsMutation['mergeContacts'];

/** One page of candidate pairs; `endCursor` goes to the next page while `hasNextPage`. */
export type DuplicatePage = Candidates['pageInfo'] &
  /** `scannedContacts`: contacts the server examined for this page (its work is bounded: fewer pairs than asked). */
  Pick<Candidates, 'scannedContacts'> & { pairs: DuplicatePair[] };

/** Fields the merge dialog offers to take from either contact; the address moves as one block (postal code and city). */
export const mergeChoiceFields = [
  'civility',
  'lastName',
  'firstName',
  'companyName',
  'email',
  'phone',
  'mobile',
  'address',
  'kind',
  'pipelineStage',
] as const;
export type MergeChoiceField = (typeof mergeChoiceFields)[number];
const apiFields: Record<MergeChoiceField, MergeableContactField[]> = {
  civility: ['civility'],
  lastName: ['lastName'],
  firstName: ['firstName'],
  companyName: ['companyName'],
  email: ['email'],
  phone: ['phone'],
  mobile: ['mobile'],
  address: ['addressLine1', 'addressLine2', 'addressLine3', 'postalCode', 'city', 'countryCode'],
  kind: ['kind'],
  pipelineStage: ['pipelineStage'],
};

export interface MergeRequest {
  survivorId: string;
  mergedId: string;
  /** Fields to take from the merged contact (the others: the survivor's, gaps filled from the merged one). */
  fromMerged: MergeChoiceField[];
  dryRun: boolean;
}

/** The dialog's choices → the API's field choices (only those taken from the merged contact). */
export const toFieldChoices = (fromMerged: readonly MergeChoiceField[]): MergeFieldChoice[] =>
  fromMerged.flatMap((f) => apiFields[f].map((field) => ({ field, from: 'MERGED' as const })));

/** The duplicates plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type DuplicatesDataProvider = {
  getDuplicateCandidates(options?: {
    minScore?: number;
    first?: number;
    after?: string | null;
    contact?: string;
  }): Promise<DuplicatePage>;
  mergeContacts(request: MergeRequest): Promise<MergeResult>;
};

/**
 * Data quality on the SDK: `duplicateCandidates` (pairs with the explained score; personal fields withheld for the
 * declared purpose are kept as `_withheld` per side) and `mergeContacts` (a dry run first, then the merge).
 */
export function createDuplicatesDataProvider(client: FideleClient): DuplicatesDataProvider {
  return {
    getDuplicateCandidates: ({ minScore, first, after, contact } = {}) =>
      raErrors(async () => {
        const { data, errors } = await client.withErrors.duplicateCandidates({
          ...(minScore !== undefined ? { minScore } : {}),
          ...(first !== undefined ? { first } : {}),
          ...(after ? { after } : {}),
          ...(contact ? { contact } : {}),
        });
        // Withheld fields answer at ['duplicateCandidates', 'edges', i, 'node', side, field].
        const pairs = data.edges.map(({ node: pair }, i) => {
          const side = (name: 'contact' | 'duplicate'): DuplicateContact => ({
            ...pair[name],
            _withheld: withheldOf(
              errors
                .filter((e) => e.path?.[2] === i && e.path?.[4] === name)
                .map((e) => ({ ...e, path: e.path!.slice(4) })),
            ),
          });
          return {
            ...pair,
            id: `${pair.contact.id}+${pair.duplicate.id}`,
            contact: side('contact'),
            duplicate: side('duplicate'),
          };
        });
        return {
          pairs,
          hasNextPage: data.pageInfo.hasNextPage,
          endCursor: data.pageInfo.endCursor ?? null,
          scannedContacts: data.scannedContacts,
        };
      }),
    mergeContacts: ({ survivorId, mergedId, fromMerged, dryRun }) =>
      raErrors(() => {
        const fieldChoices = toFieldChoices(fromMerged);
        return client.mergeContacts({ survivorId, mergedId, dryRun, ...(fieldChoices.length ? { fieldChoices } : {}) });
      }),
  };
}
