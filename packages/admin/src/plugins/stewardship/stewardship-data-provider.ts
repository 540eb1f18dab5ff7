import {
  AcceptProposalDocument,
  ChangeProposalsDocument,
  ContactChangeProposalsDocument,
  RejectProposalDocument,
  RemoveStewardedFieldDocument,
  SetStewardedFieldDocument,
  StewardedFieldsDocument,
  type ChangeProposalFieldsFragment,
  type FideleClient,
  type ProposalStatus,
  type Role,
  type StewardedFieldsQuery,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type ProposalRow = ChangeProposalFieldsFragment;

/** The stewardship plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type StewardshipDataProvider = {
  getProposals(query: { statuses: ProposalStatus[]; mine: boolean }): Promise<ProposalRow[]>;
  getContactProposals(contact: string): Promise<ProposalRow[]>;
  acceptProposal(row: ProposalRow): Promise<ProposalRow>;
  rejectProposal(row: ProposalRow, comment: string): Promise<ProposalRow>;
  getStewardedFields(): Promise<StewardedFieldsQuery>;
  setStewardedField(field: string, role: Role): Promise<void>;
  removeStewardedField(field: string): Promise<void>;
};

/** Proposals (values come as JSON text: `"a@b.fr"`, `12`, `null`), and the admin's list of stewarded fields. */
export function createStewardshipDataProvider(client: FideleClient): StewardshipDataProvider {
  return {
    getProposals: ({ statuses, mine }) =>
      raErrors(async () =>
        (
          await client.execute(ChangeProposalsDocument, {
            first: 200,
            filter: { status: statuses, ...(mine ? { stewardedByMe: true } : {}) },
          })
        ).changeProposals.edges.map((e) => e.node),
      ),
    getContactProposals: (contact) =>
      raErrors(
        async () =>
          (await client.execute(ContactChangeProposalsDocument, { id: contact })).contact?.changeProposals.edges.map(
            (e) => e.node,
          ) ?? [],
      ),
    acceptProposal: (row) =>
      raErrors(
        async () => (await client.execute(AcceptProposalDocument, { id: row.id, version: row.version })).acceptProposal,
      ),
    rejectProposal: (row, comment) =>
      raErrors(
        async () =>
          (await client.execute(RejectProposalDocument, { id: row.id, version: row.version, comment })).rejectProposal,
      ),
    getStewardedFields: () => raErrors(async () => client.execute(StewardedFieldsDocument)),
    setStewardedField: (field, role) =>
      raErrors(async () => void (await client.execute(SetStewardedFieldDocument, { field, stewardRole: role }))),
    removeStewardedField: (field) =>
      raErrors(async () => void (await client.execute(RemoveStewardedFieldDocument, { field }))),
  };
}

/** A proposal's JSON text as a person reads it: the string itself, a number, or an empty mark. */
export const showValue = (json: string | null | undefined): string => {
  if (json == null) return '—';
  try {
    const v = JSON.parse(json) as unknown;
    return v === null ? '—' : String(v);
  } catch {
    return json;
  }
};
