/**
 * The operations of the load bench: what a back-office under load sends, through GraphQL, as the seeded admin
 * declaring the customer_service purpose. Reads: a filtered contact list page, one contact with its sales and
 * targets, the action comparison (analytics), a name search. Writes: create a contact, update one (with its
 * optimistic-lock version), record a sale, create a task, log an activity. Each operation has a weight within its
 * kind; the share of writes is a setting (settings.ts). Reads ask only fields that are not consent-bound, so a
 * contact without consent for the purpose answers without a CONSENT_REQUIRED error (those are not failures of the
 * server, but the bench counts any error).
 */
import type { LoadFixture } from './fixture.js';

export type OperationKind = 'read' | 'write';

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** What one simulated client keeps between its requests. */
export interface ClientState {
  index: number;
  random: () => number;
  fixture: LoadFixture;
  /** The contacts this client alone updates, with the version it last saw. */
  versions: Map<number, number>;
}

/** What a successful write left, for the consistency check: the id of the row it created. */
export type Ledger = Record<'contacts' | 'sales' | 'tasks' | 'activities', Set<number>>;

export interface Operation {
  name: string;
  kind: OperationKind;
  /** Relative weight among the operations of its kind. */
  weight: number;
  request(client: ClientState): GraphqlRequest;
  /** Called with `data` of a successful answer. */
  done?(data: any, client: ClientState, ledger: Ledger): void;
}

export const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
export const idOf = (id: string): number => Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);
const pick = <T>(client: ClientState, xs: T[]): T => xs[Math.floor(client.random() * xs.length)]!;
const seededContact = (c: ClientState) => pick(c, c.fixture.contacts).id;
const kinds = ['CLIENT', 'PROSPECT', 'FORMER_CLIENT'];
const names = ['mar', 'ber', 'dup', 'lef', 'gar', 'mor', 'ro', 'le', 'fa', 'ch'];

const contactList: Operation = {
  name: 'contact list page (filtered)',
  kind: 'read',
  weight: 30,
  request: (c) => ({
    query: `query($filter: ContactFilter) { contacts(first: 50, filter: $filter, orderBy: [{ field: CREATED_AT,
      direction: DESC }]) { totalCount edges { node { id kind pipelineStage version createdAt firstSaleAt
      zone { code } brand { code } owner { id } } } } }`,
    variables: { filter: { kind: [pick(c, kinds)], brand: [globalId('Brand', pick(c, c.fixture.brandIds))] } },
  }),
};

const contactDetail: Operation = {
  name: 'one contact with sales and targets',
  kind: 'read',
  weight: 30,
  request: (c) => ({
    query: `query($id: ID!) { contact(id: $id) { id kind version firstSaleAt
      sales(first: 20) { totalCount edges { node { id saleDate total channel lines { quantity unitPrice
        product { code name } } } } }
      targets(first: 20) { totalCount edges { node { targetedAt responded converted action { code name } } } } } }`,
    variables: { id: globalId('Contact', seededContact(c)) },
  }),
};

const analytics: Operation = {
  name: 'action comparison (analytics)',
  kind: 'read',
  weight: 10,
  request: () => ({
    query: `{ actionComparison { totals { actions targeted responses conversions buyers attributedRevenue cost }
      averages { responseRate conversionRate } actions { action { code } targeted responses conversions
      responseRate attributedRevenue } } }`,
  }),
};

const search: Operation = {
  name: 'contact search',
  kind: 'read',
  weight: 30,
  request: (c) => ({
    query: `query($search: String!) { contacts(first: 20, filter: { search: $search }) { edges { node { id kind
      version zone { code } } } } }`,
    variables: { search: pick(c, names) },
  }),
};

const createContact: Operation = {
  name: 'create contact',
  kind: 'write',
  weight: 30,
  request: (c) => ({
    query: `mutation($input: ContactInput!) { createContact(input: $input) { id version } }`,
    variables: {
      input: {
        kind: 'PROSPECT',
        brand: globalId('Brand', pick(c, c.fixture.brandIds)),
        zone: globalId('Zone', pick(c, c.fixture.zoneIds)),
        lastName: `Charge${c.index}-${Math.floor(c.random() * 1e9)}`,
        firstName: 'Bench',
        city: 'Lyon',
      },
    },
  }),
  done: (data, c, ledger) => {
    const id = idOf(data.createContact.id);
    ledger.contacts.add(id);
    // The client's own new contact: one more it may update, with a version it knows.
    c.versions.set(id, data.createContact.version);
  },
};

const updateContact: Operation = {
  name: 'update contact (with version)',
  kind: 'write',
  weight: 30,
  request: (c) => {
    const ids = [...c.versions.keys()];
    const id = pick(c, ids);
    return {
      query: `mutation($id: ID!, $version: Int!, $input: ContactPatch!) {
        updateContact(id: $id, version: $version, input: $input) { id version } }`,
      variables: {
        id: globalId('Contact', id),
        version: c.versions.get(id),
        // Fields every kind of contact has (pipelineStage and the like are for some kinds only).
        input: { frequencyClass: pick(c, ['A', 'B', 'C', 'D']), language: pick(c, ['FR', 'EN', 'DE']) },
      },
    };
  },
  done: (data, c) => void c.versions.set(idOf(data.updateContact.id), data.updateContact.version),
};

const recordSale: Operation = {
  name: 'record sale',
  kind: 'write',
  weight: 25,
  request: (c) => ({
    query: `mutation($input: SaleInput!) { recordSale(input: $input) { id total } }`,
    variables: {
      input: {
        contact: globalId('Contact', seededContact(c)),
        channel: pick(c, ['WEB', 'STORE', 'PHONE']),
        saleDate: new Date().toISOString(),
        lines: [{ productCode: pick(c, c.fixture.productCodes), quantity: 1 + Math.floor(c.random() * 3) }],
      },
    },
  }),
  done: (data, _c, ledger) => void ledger.sales.add(idOf(data.recordSale.id)),
};

const createTask: Operation = {
  name: 'create task',
  kind: 'write',
  weight: 10,
  request: (c) => ({
    query: `mutation($input: TaskInput!) { createTask(input: $input) { id } }`,
    variables: {
      input: {
        title: 'Rappeler le client',
        contact: globalId('Contact', seededContact(c)),
        assignee: globalId('StaffUser', c.fixture.adminId),
        dueDate: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    },
  }),
  done: (data, _c, ledger) => void ledger.tasks.add(idOf(data.createTask.id)),
};

const logActivity: Operation = {
  name: 'log interaction (call)',
  kind: 'write',
  weight: 5,
  request: (c) => ({
    query: `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`,
    variables: {
      input: {
        contact: globalId('Contact', seededContact(c)),
        type: 'CALL',
        subject: 'Appel de suivi',
        occurredAt: new Date().toISOString(),
      },
    },
  }),
  done: (data, _c, ledger) => void ledger.activities.add(idOf(data.createActivity.id)),
};

/** The bench's mix: 4 reads and 5 writes, weights within each kind. */
export const loadOperations: Operation[] = [
  contactList,
  contactDetail,
  analytics,
  search,
  createContact,
  updateContact,
  recordSale,
  createTask,
  logActivity,
];

export const emptyLedger = (): Ledger => ({
  contacts: new Set(),
  sales: new Set(),
  tasks: new Set(),
  activities: new Set(),
});
