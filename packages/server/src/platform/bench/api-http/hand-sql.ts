/**
 * The hand-written baseline of the api-http bench: each query of queries.ts as ONE SQL statement that builds the
 * whole JSON answer in the database (json_agg / json_build_object on PostgreSQL, json_group_array / json_object on
 * SQLite), in the shape rows.ts compares, with the rows and orders Fidele documents for an admin (every brand and
 * zone; live contacts only in the contact list). No access rules, no consent, no audit: the floor of what a request
 * can cost. Parameters: `$1` (PostgreSQL) or `?` (SQLite), given by the hand server from the query string.
 */
import type { QueryName } from './queries.js';

/** PostgreSQL: the statement and the query-string parameter it takes (if any). */
export const pgStatements: Record<QueryName, { sql: string; param?: string }> = {
  a: {
    sql: `
SELECT json_build_object('data', json_build_object('contacts', json_build_object(
  'totalCount', (SELECT count(*) FROM "Contact" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL),
  'items', COALESCE(json_agg(json_build_object(
    'id', c.id, 'lastName', c."lastName", 'email', c.email,
    'sales', json_build_object('items', (
      SELECT COALESCE(json_agg(json_build_object(
        'saleDate', s."saleDate", 'total', s.total,
        'lines', (SELECT COALESCE(json_agg(json_build_object('quantity', l.quantity, 'product',
                    json_build_object('code', p.code)) ORDER BY l.id), '[]')
                  FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId" WHERE l."saleId" = s.id)
      ) ORDER BY s."saleDate" DESC, s.id DESC), '[]')
      FROM (SELECT id, "saleDate", total FROM "Sale" WHERE "contactId" = c.id
            ORDER BY "saleDate" DESC, id DESC LIMIT 10) s)),
    'targets', json_build_object('items', (
      SELECT COALESCE(json_agg(json_build_object(
        'targetedAt', t."targetedAt", 'responded', t."respondedAt" IS NOT NULL,
        'converted', t."conversionSaleId" IS NOT NULL, 'action', json_build_object('code', a.code)
      ) ORDER BY t."targetedAt" DESC, t.id DESC), '[]')
      FROM (SELECT id, "actionId", "targetedAt", "respondedAt", "conversionSaleId" FROM "ActionTarget"
            WHERE "contactId" = c.id ORDER BY "targetedAt" DESC, id DESC LIMIT 10) t
      JOIN "MarketingAction" a ON a.id = t."actionId"))
  ) ORDER BY c.id), '[]')
)))::text AS body
FROM (SELECT id, "lastName", email FROM "Contact" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL
      ORDER BY id LIMIT 100) c`,
  },
  b: {
    param: 'id',
    sql: `
SELECT json_build_object('data', json_build_object('action', (
  SELECT json_build_object('code', a.code, 'targets', json_build_object(
    'totalCount', (SELECT count(*) FROM "ActionTarget" WHERE "actionId" = a.id),
    'items', (SELECT COALESCE(json_agg(json_build_object(
        'targetedAt', t."targetedAt", 'responded', t."respondedAt" IS NOT NULL,
        'converted', t."conversionSaleId" IS NOT NULL,
        'contact', json_build_object('id', c.id, 'lastName', c."lastName")
      ) ORDER BY t."targetedAt", t.id), '[]')
      FROM (SELECT id, "contactId", "targetedAt", "respondedAt", "conversionSaleId" FROM "ActionTarget"
            WHERE "actionId" = a.id ORDER BY "targetedAt", id LIMIT 500) t
      JOIN "Contact" c ON c.id = t."contactId")))
  FROM "MarketingAction" a WHERE a.id = $1::int)))::text AS body`,
  },
  c: {
    param: 'code',
    sql: `
SELECT json_build_object('data', json_build_object('product', (
  SELECT json_build_object('code', p.code, 'name', p.name,
    'actions', (SELECT COALESCE(json_agg(json_build_object('code', a.code, 'name', a.name, 'startDate', a."startDate")
                  ORDER BY a."startDate", a.id), '[]')
                FROM "ActionProduct" ap JOIN "MarketingAction" a ON a.id = ap."actionId" WHERE ap."productId" = p.id),
    'saleLines', json_build_object(
      'totalCount', (SELECT count(*) FROM "SaleLine" WHERE "productId" = p.id),
      'items', (SELECT COALESCE(json_agg(json_build_object('quantity', l.quantity, 'unitPrice', l."unitPrice",
                  'sale', json_build_object('saleDate', s."saleDate")) ORDER BY l."saleId" DESC, l.id), '[]')
                FROM (SELECT id, "saleId", quantity, "unitPrice" FROM "SaleLine" WHERE "productId" = p.id
                      ORDER BY "saleId" DESC, id LIMIT 100) l
                JOIN "Sale" s ON s.id = l."saleId")))
  FROM "Product" p WHERE p.code = $1)))::text AS body`,
  },
  d: {
    param: 'id',
    sql: `
SELECT json_build_object('data', json_build_object('contact', (
  SELECT json_build_object('id', c.id, 'lastName', c."lastName",
    'sales', json_build_object('items', (
      SELECT COALESCE(json_agg(json_build_object('saleDate', s."saleDate", 'total', s.total,
        'lines', (SELECT COALESCE(json_agg(json_build_object('quantity', l.quantity, 'unitPrice', l."unitPrice",
                    'product', json_build_object('code', p.code, 'name', p.name)) ORDER BY l.id), '[]')
                  FROM "SaleLine" l JOIN "Product" p ON p.id = l."productId" WHERE l."saleId" = s.id)
      ) ORDER BY s."saleDate" DESC, s.id DESC), '[]')
      FROM (SELECT id, "saleDate", total FROM "Sale" WHERE "contactId" = c.id
            ORDER BY "saleDate" DESC, id DESC LIMIT 100) s)),
    'targets', json_build_object('items', (
      SELECT COALESCE(json_agg(json_build_object('targetedAt', t."targetedAt",
        'responded', t."respondedAt" IS NOT NULL, 'converted', t."conversionSaleId" IS NOT NULL,
        'action', json_build_object('code', a.code, 'name', a.name)) ORDER BY t."targetedAt" DESC, t.id DESC), '[]')
      FROM (SELECT id, "actionId", "targetedAt", "respondedAt", "conversionSaleId" FROM "ActionTarget"
            WHERE "contactId" = c.id ORDER BY "targetedAt" DESC, id DESC LIMIT 100) t
      JOIN "MarketingAction" a ON a.id = t."actionId")))
  FROM "Contact" c WHERE c.id = $1::int)))::text AS body`,
  },
};

/** SQLite (3.44+: ordered aggregates): the same statements. */
export const sqliteStatements: Record<QueryName, { sql: string; param?: string }> = {
  a: {
    sql: `
SELECT json_object('data', json_object('contacts', json_object(
  'totalCount', (SELECT count(*) FROM Contact WHERE deletedAt IS NULL AND mergedIntoId IS NULL),
  'items', json_group_array(json_object(
    'id', c.id, 'lastName', c.lastName, 'email', c.email,
    'sales', json_object('items', (
      SELECT json_group_array(json_object('saleDate', s.saleDate, 'total', s.total,
        'lines', (SELECT json_group_array(json_object('quantity', l.quantity, 'product', json_object('code', p.code))
                    ORDER BY l.id)
                  FROM SaleLine l JOIN Product p ON p.id = l.productId WHERE l.saleId = s.id)
      ) ORDER BY s.saleDate DESC, s.id DESC)
      FROM (SELECT id, saleDate, total FROM Sale WHERE contactId = c.id ORDER BY saleDate DESC, id DESC LIMIT 10) s)),
    'targets', json_object('items', (
      SELECT json_group_array(json_object('targetedAt', t.targetedAt, 'responded', t.respondedAt IS NOT NULL,
        'converted', t.conversionSaleId IS NOT NULL, 'action', json_object('code', a.code))
        ORDER BY t.targetedAt DESC, t.id DESC)
      FROM (SELECT id, actionId, targetedAt, respondedAt, conversionSaleId FROM ActionTarget
            WHERE contactId = c.id ORDER BY targetedAt DESC, id DESC LIMIT 10) t
      JOIN MarketingAction a ON a.id = t.actionId))
  ) ORDER BY c.id)
))) AS body
FROM (SELECT id, lastName, email FROM Contact WHERE deletedAt IS NULL AND mergedIntoId IS NULL
      ORDER BY id LIMIT 100) c`,
  },
  b: {
    param: 'id',
    sql: `
SELECT json_object('data', json_object('action', (
  SELECT json_object('code', a.code, 'targets', json_object(
    'totalCount', (SELECT count(*) FROM ActionTarget WHERE actionId = a.id),
    'items', (SELECT json_group_array(json_object('targetedAt', t.targetedAt,
        'responded', t.respondedAt IS NOT NULL, 'converted', t.conversionSaleId IS NOT NULL,
        'contact', json_object('id', c.id, 'lastName', c.lastName)) ORDER BY t.targetedAt, t.id)
      FROM (SELECT id, contactId, targetedAt, respondedAt, conversionSaleId FROM ActionTarget
            WHERE actionId = a.id ORDER BY targetedAt, id LIMIT 500) t
      JOIN Contact c ON c.id = t.contactId)))
  FROM MarketingAction a WHERE a.id = CAST(? AS INTEGER)))) AS body`,
  },
  c: {
    param: 'code',
    sql: `
SELECT json_object('data', json_object('product', (
  SELECT json_object('code', p.code, 'name', p.name,
    'actions', (SELECT json_group_array(json_object('code', a.code, 'name', a.name, 'startDate', a.startDate)
                  ORDER BY a.startDate, a.id)
                FROM ActionProduct ap JOIN MarketingAction a ON a.id = ap.actionId WHERE ap.productId = p.id),
    'saleLines', json_object(
      'totalCount', (SELECT count(*) FROM SaleLine WHERE productId = p.id),
      'items', (SELECT json_group_array(json_object('quantity', l.quantity, 'unitPrice', l.unitPrice,
                  'sale', json_object('saleDate', s.saleDate)) ORDER BY l.saleId DESC, l.id)
                FROM (SELECT id, saleId, quantity, unitPrice FROM SaleLine WHERE productId = p.id
                      ORDER BY saleId DESC, id LIMIT 100) l
                JOIN Sale s ON s.id = l.saleId)))
  FROM Product p WHERE p.code = ?))) AS body`,
  },
  d: {
    param: 'id',
    sql: `
SELECT json_object('data', json_object('contact', (
  SELECT json_object('id', c.id, 'lastName', c.lastName,
    'sales', json_object('items', (
      SELECT json_group_array(json_object('saleDate', s.saleDate, 'total', s.total,
        'lines', (SELECT json_group_array(json_object('quantity', l.quantity, 'unitPrice', l.unitPrice,
                    'product', json_object('code', p.code, 'name', p.name)) ORDER BY l.id)
                  FROM SaleLine l JOIN Product p ON p.id = l.productId WHERE l.saleId = s.id)
      ) ORDER BY s.saleDate DESC, s.id DESC)
      FROM (SELECT id, saleDate, total FROM Sale WHERE contactId = c.id ORDER BY saleDate DESC, id DESC LIMIT 100) s)),
    'targets', json_object('items', (
      SELECT json_group_array(json_object('targetedAt', t.targetedAt, 'responded', t.respondedAt IS NOT NULL,
        'converted', t.conversionSaleId IS NOT NULL, 'action', json_object('code', a.code, 'name', a.name))
        ORDER BY t.targetedAt DESC, t.id DESC)
      FROM (SELECT id, actionId, targetedAt, respondedAt, conversionSaleId FROM ActionTarget
            WHERE contactId = c.id ORDER BY targetedAt DESC, id DESC LIMIT 100) t
      JOIN MarketingAction a ON a.id = t.actionId)))
  FROM Contact c WHERE c.id = CAST(? AS INTEGER)))) AS body`,
  },
};
