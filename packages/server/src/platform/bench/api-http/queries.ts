/**
 * The four queries of the api-http bench (issue 17), written in each server's dialect, and how each answer
 * becomes canonical rows (rows.ts). The hand-SQL statements are in hand-sql.ts. The fields and orders follow
 * Fidele's schema (schema.graphql): contacts by id, a contact's sales and targets newest first, an action's
 * targets by targeting date, a product's sale lines newest sale first; PostGraphile is asked the same orders.
 */
import { bool, iso, listOf, money, type Row, text } from './rows.js';

export type QueryName = 'a' | 'b' | 'c' | 'd';

/** The rows the queries are about, looked up in the seeded database (fixtures.ts). */
export interface Fixture {
  /** The action with the most targets. */
  actionId: number;
  /** The contact with the most sales. */
  contactId: number;
  productCode: string;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface BenchQuery {
  name: QueryName;
  title: string;
  fidele(f: Fixture): GraphqlRequest;
  postgraphile(f: Fixture): GraphqlRequest;
  /** Path and query string of the hand-SQL server. */
  hand(f: Fixture): string;
  /** Canonical rows of a unified answer's `data`. */
  rows(data: any): Row[];
}

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

/** Rows of a contact's sales (with lines) and targets, under the key `prefix`. */
function historyRows(prefix: string, contact: any, withNames: boolean): Row[] {
  const rows: Row[] = [];
  listOf(contact.sales).forEach((s, i) => {
    rows.push({ key: `${prefix}/s${i}`, fields: [iso(s.saleDate), money(s.total)] });
    listOf(s.lines).forEach((l, j) =>
      rows.push({
        key: `${prefix}/s${i}/l${j}`,
        fields: withNames
          ? [text(l.quantity), money(l.unitPrice), text(l.product?.code), text(l.product?.name)]
          : [text(l.quantity), text(l.product?.code)],
      }),
    );
  });
  listOf(contact.targets).forEach((t, i) =>
    rows.push({
      key: `${prefix}/t${i}`,
      fields: [iso(t.targetedAt), bool(t.responded), bool(t.converted), text(t.action?.code)].concat(
        withNames ? [text(t.action?.name)] : [],
      ),
    }),
  );
  return rows;
}

const contactsPage: BenchQuery = {
  name: 'a',
  title: 'contacts page (100) with sales, lines, products, targets, actions',
  fidele: () => ({
    query: `query { contacts(first: 100, orderBy: [{ field: ID }]) { totalCount edges { node {
      id lastName email
      sales(first: 10) { edges { node { saleDate total lines { quantity product { code } } } } }
      targets(first: 10) { edges { node { targetedAt responded converted action { code } } } }
    } } } }`,
  }),
  postgraphile: () => ({
    query: `query { contacts: allContacts(first: 100, orderBy: ROW_ID_ASC,
        condition: { deletedAt: null, mergedIntoId: null }) { totalCount nodes {
      id: rowId lastName email
      sales: salesByContactId(first: 10, orderBy: [SALE_DATE_DESC, ROW_ID_DESC]) { nodes { saleDate total
        lines: saleLinesBySaleId(orderBy: ROW_ID_ASC) { nodes { quantity product: productByProductId { code } } } } }
      targets: actionTargetsByContactId(first: 10, orderBy: [TARGETED_AT_DESC, ROW_ID_DESC]) { nodes {
        targetedAt respondedAt conversionSaleId action: marketingActionByActionId { code } } }
    } } }`,
  }),
  hand: () => '/a',
  rows: (data) => {
    const page = data?.contacts;
    return [{ key: 'contacts', fields: [text(page?.totalCount)] }].concat(
      listOf(page).flatMap((c) => [
        { key: `c${c.id}`, fields: [text(c.lastName), text(c.email)] },
        ...historyRows(`c${c.id}`, c, false),
      ]),
    );
  },
};

const actionTargets: BenchQuery = {
  name: 'b',
  title: "the busiest action's 500 targets with their contacts",
  fidele: (f) => ({
    query: `query($id: ID!) { action: marketingAction(id: $id) { code targets(first: 500) { totalCount edges { node {
      targetedAt responded converted contact { id lastName } } } } } }`,
    variables: { id: globalId('MarketingAction', f.actionId) },
  }),
  postgraphile: (f) => ({
    query: `query($id: Int!) { action: marketingActionByRowId(rowId: $id) { code
      targets: actionTargetsByActionId(first: 500, orderBy: [TARGETED_AT_ASC, ROW_ID_ASC]) { totalCount nodes {
        targetedAt respondedAt conversionSaleId contact: contactByContactId { id: rowId lastName } } } } }`,
    variables: { id: f.actionId },
  }),
  hand: (f) => `/b?id=${f.actionId}`,
  rows: (data) => {
    const action = data?.action;
    // Keyed by contact: an action targets a contact once (unique actionId, contactId).
    return [{ key: 'action', fields: [text(action?.code), text(action?.targets?.totalCount)] }].concat(
      listOf(action?.targets).map((t) => ({
        key: `c${t.contact?.id}`,
        fields: [text(t.contact?.lastName), iso(t.targetedAt), bool(t.responded), bool(t.converted)],
      })),
    );
  },
};

const productLines: BenchQuery = {
  name: 'c',
  title: 'a product with its actions and 100 sale lines',
  fidele: (f) => ({
    query: `query($code: String!) { product(code: $code) { code name actions { code name startDate }
      saleLines(first: 100) { totalCount edges { node { quantity unitPrice sale { saleDate } } } } } }`,
    variables: { code: f.productCode },
  }),
  postgraphile: (f) => ({
    // Product.code has a unique index, not a unique constraint: PostGraphile offers no productByCode.
    query: `query($code: String!) { product: allProducts(condition: { code: $code }, first: 1) { nodes { code name
      actions: actionProductsByProductId { nodes { action: marketingActionByActionId { code name startDate } } }
      saleLines: saleLinesByProductId(first: 100, orderBy: [SALE_ID_DESC, ROW_ID_ASC]) { totalCount nodes {
        quantity unitPrice sale: saleBySaleId { saleDate } } } } } }`,
    variables: { code: f.productCode },
  }),
  hand: (f) => `/c?code=${encodeURIComponent(f.productCode)}`,
  rows: (data) => {
    const p = data?.product && 'items' in data.product ? listOf(data.product)[0] : data?.product;
    const actions = listOf(p?.actions).map((a) => a.action ?? a);
    return [{ key: 'product', fields: [text(p?.code), text(p?.name), text(p?.saleLines?.totalCount)] }].concat(
      actions.map((a) => ({ key: `a${a.code}`, fields: [text(a.name), iso(a.startDate)] })),
      listOf(p?.saleLines).map((l, i) => ({
        key: `l${i}`,
        fields: [text(l.quantity), money(l.unitPrice), iso(l.sale?.saleDate)],
      })),
    );
  },
};

const oneContact: BenchQuery = {
  name: 'd',
  title: 'one contact with its sales, lines, products, targets, actions',
  fidele: (f) => ({
    query: `query($id: ID!) { contact(id: $id) { id lastName
      sales(first: 100) { edges { node { saleDate total lines { quantity unitPrice product { code name } } } } }
      targets(first: 100) { edges { node { targetedAt responded converted action { code name } } } } } }`,
    variables: { id: globalId('Contact', f.contactId) },
  }),
  postgraphile: (f) => ({
    query: `query($id: Int!) { contact: contactByRowId(rowId: $id) { id: rowId lastName
      sales: salesByContactId(first: 100, orderBy: [SALE_DATE_DESC, ROW_ID_DESC]) { nodes { saleDate total
        lines: saleLinesBySaleId(orderBy: ROW_ID_ASC) { nodes { quantity unitPrice
          product: productByProductId { code name } } } } }
      targets: actionTargetsByContactId(first: 100, orderBy: [TARGETED_AT_DESC, ROW_ID_DESC]) { nodes {
        targetedAt respondedAt conversionSaleId action: marketingActionByActionId { code name } } } } }`,
    variables: { id: f.contactId },
  }),
  hand: (f) => `/d?id=${f.contactId}`,
  rows: (data) => {
    const c = data?.contact;
    return [{ key: `c${c?.id}`, fields: [text(c?.lastName)] }, ...historyRows(`c${c?.id}`, c ?? {}, true)];
  },
};

export const benchQueries: BenchQuery[] = [contactsPage, actionTargets, productLines, oneContact];
