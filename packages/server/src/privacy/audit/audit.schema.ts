import { builder } from '../../kernel/graphql/builder.js';
import { ActorTypeEnum, AuditOperationEnum, AuditOutcomeEnum } from '../../kernel/graphql/enums.js';
import { DateTimeRange, dateRange, oneOf } from '../../kernel/graphql/filters.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import { pagedList } from '../../kernel/graphql/connections.js';
import { concerningRow, decodeEntityIds } from '../../kernel/audit-recorder.js';

const admins = { roles: ['ADMIN' as const] };

/** One audit entry: who, for which purpose, what, on which row and fields, and with what outcome. */
builder.prismaNode('AuditLog', {
  name: 'AuditEntry',
  id: { field: 'id' },
  // A missing id answers null, as a hidden one does (node-missing.test.ts), not an unexpected error.
  nullable: true,
  authScopes: admins,
  description: 'Who did or read what, for which purpose, with what outcome. Append-only.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorType: t.expose('actorType', { type: ActorTypeEnum }),
    actorUser: t.relation('actorUser', { nullable: true, description: 'The staff user, for STAFF entries.' }),
    apiKey: t.relation('apiKey', { nullable: true, description: 'The partner key, for API_KEY entries.' }),
    purpose: t.exposeString('purpose', { nullable: true, description: 'The purpose code the request declared.' }),
    operation: t.expose('operation', { type: AuditOperationEnum }),
    operationName: t.exposeString('operationName', { nullable: true }),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId', {
      nullable: true,
      description: 'The one row concerned; null when a read concerned several (see entityIds).',
    }),
    entityIds: t.field({
      type: ['String'],
      description: 'Every row the entry concerns: the rows read alike (same fields and outcome) in the request.',
      resolve: (e) => (e.entityIds ? decodeEntityIds(e.entityIds) : e.entityId ? [e.entityId] : []),
    }),
    fields: t.field({
      type: ['String'],
      description: 'Fields read or written (names only, never values).',
      resolve: (e) => (Array.isArray(e.fields) ? e.fields.map(String) : []),
    }),
    outcome: t.expose('outcome', { type: AuditOutcomeEnum }),
    errorCode: t.exposeString('errorCode', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'Entries of one request share it.' }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    actorUser: t.globalIDList({ required: false, description: 'Any of these staff users.' }),
    apiKey: t.globalIDList({ required: false, description: 'Any of these partner keys.' }),
    entity: t.stringList({ required: false, description: 'Any of these entities, e.g. Contact.' }),
    entityId: t.string({
      required: false,
      description: 'Entries concerning this row of the entity (its numeric id), alone or among others read alike.',
    }),
    operation: t.field({ type: [AuditOperationEnum], required: false }),
    outcome: t.field({ type: [AuditOutcomeEnum], required: false }),
    at: t.field({ type: DateTimeRange, required: false }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: 'AuditLog',
    authScopes: admins,
    description: 'The audit log, newest first. Admins only.',
    ...pagedList({
      args: { filter: t.arg({ type: AuditFilter, required: false }) },
      where: (_ctx, args) => auditWhere(args.filter),
      orderBy: () => [{ at: 'desc' as const }, { id: 'desc' as const }],
      rows: (ctx) => ctx.db.auditLog,
    }),
  }),
);

function auditWhere(f: typeof AuditFilter.$inferInput | null | undefined) {
  return {
    actorUserId: f?.actorUser
      ? { in: f.actorUser.map((g, i) => idFor('StaffUser', g, ['filter', 'actorUser', String(i)])) }
      : undefined,
    apiKeyId: f?.apiKey
      ? { in: f.apiKey.map((g, i) => idFor('ApiKey', g, ['filter', 'apiKey', String(i)])) }
      : undefined,
    entity: oneOf(f?.entity),
    ...(f?.entityId ? concerningRow(f.entityId) : {}),
    operation: oneOf(f?.operation),
    outcome: oneOf(f?.outcome),
    at: dateRange(f?.at),
  };
}
