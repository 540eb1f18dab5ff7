import {
  ContactConsentsDocument,
  type ContactConfidentialFragment,
  type ContactDetailFragment,
  type ContactFilter,
  type ContactInput,
  type ContactOrderField,
  type ContactPatch,
  type ContactSummaryFragment,
  type FideleClient,
} from '@fidele/sdk';
import { HttpError, type DataProvider, type GetListParams, type Identifier, type RaRecord } from 'react-admin';
import {
  asList,
  changedFields,
  createCursorPager,
  listKey,
  recordsOf,
  setFields,
  toOrderBy,
  withheldOf,
  type Withheld,
} from '../../api/connection';
import { raErrors } from '../../api/ra-errors';
import { duplicateErrors } from './duplicate-entry';
import { recordProvider } from '../../api/record-methods';
import type { Session } from '../../api/session';
import { mayField } from '../../auth/access';
import { listOrder, snapshotCache, storedValues, type StoredValue } from './contact-scores';
import { contactPageMethods, type ContactPageMethods } from './contact-page-data';

/** A contact as the admin's pages see it: the API's fields, related ids flattened for inputs, withheld fields. */
export type ContactRecord = Partial<ContactDetailFragment> &
  Partial<Omit<ContactConfidentialFragment, 'id'>> &
  ContactSummaryFragment & {
    brandId: string;
    zoneId: string;
    sourceActionId: string | null;
    /** Whose relation this contact is (read only here; null when none or outside your rights). */
    relationOfId: string | null;
    /** Why some fields are null: `{ email: 'CONSENT_REQUIRED' }`. */
    _withheld: Withheld;
  };

/**
 * Sortable columns → the API's order fields. Personal fields sort only contacts whose consent covers the purpose. The
 * score columns sort through `scoreOrder` instead (see contact-scores.ts).
 */
export const contactSortFields: Record<string, ContactOrderField> = {
  id: 'ID',
  lastName: 'LAST_NAME',
  companyName: 'COMPANY_NAME',
  kind: 'KIND',
  postalCode: 'POSTAL_CODE',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  firstContactAt: 'FIRST_CONTACT_AT',
  firstSaleAt: 'FIRST_SALE_AT',
};

/** The list's filter form → the API's `ContactFilter`. */
export function contactFilter(filter: Record<string, unknown> = {}): ContactFilter {
  const out: ContactFilter = {};
  const q = typeof filter.q === 'string' ? filter.q.trim() : '';
  if (q) out.search = q;
  const kind = asList(filter.kind as ContactFilter['kind'] & string);
  if (kind) out.kind = kind as ContactFilter['kind'];
  const brand = asList(filter.brandId as string);
  if (brand) out.brand = brand;
  const zone = asList(filter.zoneId as string);
  if (zone) out.zone = zone;
  const sourceAction = asList(filter.sourceActionId as string);
  if (sourceAction) out.sourceAction = sourceAction;
  const stage = asList(filter.pipelineStage as string);
  if (stage) out.pipelineStage = stage as ContactFilter['pipelineStage'];
  if (typeof filter.postalCodePrefix === 'string' && filter.postalCodePrefix)
    out.postalCodePrefix = filter.postalCodePrefix;
  const segment = asList(filter.segmentId as string);
  if (segment) out.segment = segment;
  const rfm = asList(filter.rfmSegment as string);
  if (rfm) out.rfmSegment = rfm as ContactFilter['rfmSegment'];
  const frat = asList(filter.fratCategoryId as string);
  if (frat) out.fratCategory = frat;
  // The stored value of the latest snapshot: a range given by its two ends, either left open.
  const end = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const [aliveMin, aliveMax] = [end(filter.probabilityAliveMin), end(filter.probabilityAliveMax)];
  if (aliveMin !== null || aliveMax !== null) out.probabilityAlive = { min: aliveMin, max: aliveMax };
  const [clvMin, clvMax] = [end(filter.predictedValueMin), end(filter.predictedValueMax)];
  if (clvMin !== null || clvMax !== null)
    out.predictedValue = {
      min: clvMin === null ? null : clvMin.toFixed(2),
      max: clvMax === null ? null : clvMax.toFixed(2),
    };
  const scored = rfm || frat || out.probabilityAlive || out.predictedValue;
  if (scored && typeof filter.rfmBrandId === 'string' && filter.rfmBrandId) out.rfmBrand = filter.rfmBrandId;
  const ids = asList(filter.ids as string);
  if (ids) out.ids = ids;
  if (filter.deleted === true) out.deleted = true;
  return out;
}

/** Form sources → the API's input names (and back, for validation messages). */
const inputNames: Record<string, string> = { brandId: 'brand', zoneId: 'zone', sourceActionId: 'sourceAction' };
const sourceNames = Object.fromEntries(Object.entries(inputNames).map(([source, input]) => [input, source]));

/** What the admin's forms may send, by source name. */
export const contactWritableSources = [
  'kind',
  'brandId',
  'zoneId',
  'sourceActionId',
  'civility',
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'fax',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
  'city',
  'countryCode',
  'language',
  'pipelineStage',
  'prospectPriority',
  'estimatedPotential',
  'firstContactAt',
  'interests',
  'discountRate',
  'grossMarginClass',
  'incomeBand',
  'maritalStatus',
] as const;

const confidentialSources = ['discountRate', 'grossMarginClass', 'incomeBand', 'maritalStatus'] as const;
type ConfidentialSource = (typeof confidentialSources)[number];

/** The given confidential fields of `from` (null when absent), each under its own API type. */
const pickConfidential = (
  from: Partial<ContactConfidentialFragment> | null | undefined,
  fields: readonly ConfidentialSource[],
): Partial<ContactConfidentialFragment> => Object.fromEntries(fields.map((f) => [f, from?.[f] ?? null]));

const toInput = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [inputNames[k] ?? k, v]));

type GivenConsent = NonNullable<ContactInput['consents']>[number];

/**
 * The consents given on the creation form → `ContactInput.consents` (rows without a purpose are left out; an empty
 * proof is not sent). Only creation records them: an existing contact's consents have their own mutations.
 */
export function givenConsents(rows: unknown): GivenConsent[] {
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: Partial<GivenConsent> | null) => {
    if (!row || typeof row.purpose !== 'string' || !row.purpose.trim() || !row.source) return [];
    const proof = typeof row.proof === 'string' && row.proof.trim() ? row.proof.trim() : undefined;
    return [
      { purpose: row.purpose.trim(), status: row.status ?? 'GRANTED', source: row.source, ...(proof ? { proof } : {}) },
    ];
  });
}

export function toContactRecord(
  node: ContactSummaryFragment | ContactDetailFragment,
  withheld: Withheld,
): ContactRecord {
  return {
    ...node,
    brandId: node.brand.id,
    zoneId: node.zone.id,
    sourceActionId: 'sourceAction' in node ? (node.sourceAction?.id ?? null) : null,
    relationOfId: 'relationOf' in node ? (node.relationOf?.id ?? null) : null,
    _withheld: withheld,
  };
}

/** Custom methods of the contacts plugin, called by the show page through `useDataProvider()`. */
export type ContactsDataProvider = Partial<DataProvider> &
  ContactPageMethods & {
    getContactSynopsis(id: Identifier): ReturnType<FideleClient['contactSynopsis']>;
    getContactTimeline(id: Identifier): ReturnType<FideleClient['contactTimeline']>;
    getContactConsents(id: Identifier): Promise<NonNullable<Awaited<ReturnType<typeof fetchConsents>>>>;
    /** The list's score columns: the stored value of each contact in the list's snapshot (see contact-scores.ts). */
    getStoredValues(ids: readonly Identifier[], rfmBrand: unknown): Promise<Map<string, StoredValue>>;
  };

const fetchConsents = async (client: FideleClient, id: string) =>
  (await client.execute(ContactConsentsDocument, { id })).contact?.consents ?? [];

/** The confidential fields the role may read, from `contactConfidential` (one more request, only if any). */
async function withConfidential(client: FideleClient, record: ContactRecord, readable: readonly ConfidentialSource[]) {
  if (readable.length) {
    const confidential = await client.contactConfidential({ id: record.id });
    Object.assign(record, pickConfidential(confidential, readable));
  }
  return record;
}

/**
 * The `contacts` resource on the SDK: `contacts` (filter, orderBy, cursor pages) for lists; `contact` plus, for a
 * role that may read one of them, `contactConfidential` for a record; `createContact` / `updateContact` with the
 * version read (only the changed fields are sent); `deleteContact` (soft). Withheld personal fields come back as
 * `_withheld` on each record. Errors: see `toRaError` (validation per field, conflict, forbidden).
 */
export function createContactsDataProvider(client: FideleClient, session: Session): ContactsDataProvider {
  const pager = createCursorPager();
  const snapshots = snapshotCache(client);
  const canRead = (field: string) => mayField(session.get()?.permissions, `Contact.${field}`);
  const canWrite = (field: string) => mayField(session.get()?.permissions, `Contact.${field}`, 'write');
  const writable = () =>
    contactWritableSources.filter((s) => !(confidentialSources as readonly string[]).includes(s) || canWrite(s));

  async function getOne(id: Identifier): Promise<ContactRecord> {
    const { data, errors } = await client.withErrors.contact({ id: String(id) });
    if (!data) throw new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
    return withConfidential(client, toContactRecord(data, withheldOf(errors)), confidentialSources.filter(canRead));
  }

  const list = async (params: GetListParams) => {
    const filter = contactFilter(params.filter);
    // The score columns and sort, for the roles that may read scores (the API lets them sort by one).
    const mayScore = !!session.get()?.permissions.queries.includes('contactScores');
    const order = await listOrder(snapshots, mayScore, params, toOrderBy(params.sort, contactSortFields));
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    let withErrors: Awaited<ReturnType<FideleClient['withErrors']['contacts']>> | undefined;
    await pager.page(listKey('contacts', params), page, perPage, async (first, after) => {
      withErrors = await client.withErrors.contacts({ filter, ...order, first, ...(after ? { after } : {}) });
      return withErrors.data;
    });
    const result = withErrors!;
    return { data: recordsOf(result, toContactRecord), total: result.data.totalCount };
  };

  return recordProvider<ContactsDataProvider>({
    getList: (_resource, params) => raErrors(() => list(params)),
    getOne: (_resource, { id }) => raErrors(async () => ({ data: await getOne(id) })),
    getMany: (_resource, { ids }) => raErrors(async () => ({ data: await Promise.all(ids.map(getOne)) })),
    getManyReference: (_resource, params) =>
      raErrors(() => list({ ...params, filter: { ...params.filter, [params.target]: params.id } })),
    create: (_resource, { data }) =>
      raErrors(async () => {
        const input = toInput(setFields(data as Record<string, unknown>, writable())) as ContactInput;
        const consents = givenConsents((data as { consents?: unknown }).consents);
        if (consents.length) input.consents = consents;
        // The decision taken in the duplicates dialog (DuplicateEntryDialog), resent with the same values.
        const duplicates = (data as { duplicates?: ContactInput['duplicates'] }).duplicates;
        if (duplicates) input.duplicates = duplicates;
        const created = await duplicateErrors(() => client.createContact({ input }));
        pager.clear('contacts');
        return { data: toContactRecord(created, {}) };
      }, sourceNames),
    update: (_resource, { id, data, previousData }) =>
      raErrors(async () => {
        const previous = previousData as ContactRecord;
        const changes = changedFields(data as Record<string, unknown>, previous, writable());
        if (Object.keys(changes).length === 0) return { data: previous };
        const updated = await client.updateContact({
          id: String(id),
          version: previous.version,
          input: toInput(changes) as ContactPatch,
        });
        pager.clear('contacts');
        const record = toContactRecord(updated, previous._withheld ?? {});
        Object.assign(record, pickConfidential(data as ContactRecord, confidentialSources.filter(canRead)));
        return { data: record };
      }, sourceNames),
    delete: (_resource, { id, previousData }) =>
      raErrors(async () => {
        const deleted = await client.deleteContact({
          id: String(id),
          version: (previousData as unknown as ContactRecord).version,
        });
        pager.clear('contacts');
        return { data: { ...(previousData as RaRecord), ...deleted } };
      }),
    getContactSynopsis: (id) => raErrors(() => client.contactSynopsis({ id: String(id) })),
    getContactTimeline: (id) => raErrors(() => client.contactTimeline({ id: String(id) })),
    getContactConsents: (id) => raErrors(() => fetchConsents(client, String(id))),
    ...contactPageMethods(client, session),
    getStoredValues: (ids, rfmBrand) => raErrors(() => storedValues(client, snapshots(rfmBrand), ids.map(String))),
  });
}
