import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createDuplicatesDataProvider } from './duplicates-data-provider';

const brand = { id: 'B1', code: 'MAISON', name: 'Maison' };
const zone = { id: 'Z1', code: 'IDF', name: 'Île-de-France' };
const contact = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  kind: 'CLIENT',
  civility: null,
  firstName: 'Ana',
  lastName: 'Durand',
  companyName: null,
  email: 'a@x.fr',
  phone: null,
  mobile: null,
  postalCode: '75001',
  city: 'Paris',
  countryCode: 'FR',
  pipelineStage: null,
  brand,
  zone,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
  ...extra,
});
const matches = [
  { field: 'name', method: 'jaro-winkler', similarity: 0.97, weight: 4.1 },
  { field: 'email', method: 'exact', similarity: 1, weight: 6 },
];

describe('duplicates data provider', () => {
  it('lists the candidate pairs with their explained score, and the withheld fields of each side', async () => {
    const api = fakeApi({
      DuplicateCandidates: {
        data: {
          duplicateCandidates: {
            scannedContacts: 2000,
            pageInfo: { hasNextPage: true, endCursor: 'cGFpcjoxOjI=' },
            edges: [
              {
                cursor: 'cGFpcjoxOjI=',
                node: { contact: contact('C1'), duplicate: contact('C2', { email: null }), score: 0.93, matches },
              },
            ],
          },
        },
        errors: [
          {
            message: 'consent',
            path: ['duplicateCandidates', 'edges', 0, 'node', 'duplicate', 'email'],
            extensions: { code: 'CONSENT_REQUIRED' },
          },
        ],
      },
    });
    const session = fakeSession();
    const page = await createDuplicatesDataProvider(fakeClient(api, session)).getDuplicateCandidates({
      minScore: 0.6,
      first: 20,
      after: 'cGFpcjowOjA=',
    });
    expect(api.calls[0]!.variables).toEqual({ minScore: 0.6, first: 20, after: 'cGFpcjowOjA=' });
    expect(page).toMatchObject({ hasNextPage: true, endCursor: 'cGFpcjoxOjI=', scannedContacts: 2000 });
    const pairs = page.pairs;
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ id: 'C1+C2', score: 0.93, matches });
    expect(pairs[0]!.contact._withheld).toEqual({});
    expect(pairs[0]!.duplicate._withheld).toEqual({ email: 'CONSENT_REQUIRED' });
  });

  it('previews a merge (dry run) with the fields taken from the merged contact, the address as one block, then merges', async () => {
    const result = (dryRun: boolean) => ({
      dryRun,
      mergeRecordId: dryRun ? null : 'M1',
      survivor: contact('C1'),
      merged: { id: 'C2', version: 2, mergedInto: dryRun ? null : { id: 'C1' } },
      changes: [{ field: 'phone', before: null, after: '0102030405', from: 'MERGED', withheld: false }],
      moved: [{ kind: 'sales', count: 3 }],
      dropped: [],
    });
    const api = fakeApi({
      MergeContacts: [{ data: { mergeContacts: result(true) } }, { data: { mergeContacts: result(false) } }],
    });
    const session = fakeSession();
    const dp = createDuplicatesDataProvider(fakeClient(api, session));
    const preview = await dp.mergeContacts({
      survivorId: 'C1',
      mergedId: 'C2',
      fromMerged: ['email', 'address'],
      dryRun: true,
    });
    expect(preview.dryRun).toBe(true);
    expect(api.calls[0]!.variables).toEqual({
      survivorId: 'C1',
      mergedId: 'C2',
      dryRun: true,
      fieldChoices: [
        { field: 'email', from: 'MERGED' },
        { field: 'addressLine1', from: 'MERGED' },
        { field: 'addressLine2', from: 'MERGED' },
        { field: 'addressLine3', from: 'MERGED' },
        { field: 'postalCode', from: 'MERGED' },
        { field: 'city', from: 'MERGED' },
        { field: 'countryCode', from: 'MERGED' },
      ],
    });
    const merged = await dp.mergeContacts({ survivorId: 'C1', mergedId: 'C2', fromMerged: [], dryRun: false });
    expect(api.calls[1]!.variables).toEqual({ survivorId: 'C1', mergedId: 'C2', dryRun: false });
    expect(merged.merged.mergedInto?.id).toBe('C1');
  });

  it('maps a CONFLICT (one of the contacts changed meanwhile) to a clear message', async () => {
    const api = fakeApi({
      MergeContacts: {
        data: null,
        errors: [{ message: 'changed', path: ['mergeContacts'], extensions: { code: 'CONFLICT' } }],
      },
    });
    const session = fakeSession();
    const error = await createDuplicatesDataProvider(fakeClient(api, session))
      .mergeContacts({ survivorId: 'C1', mergedId: 'C2', fromMerged: [], dryRun: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, message: 'fidele.errors.conflict' });
  });
});
