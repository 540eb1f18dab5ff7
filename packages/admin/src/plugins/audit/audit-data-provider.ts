import {
  StaffUsersDocument,
  type AuditFilter,
  type AuditLogQuery,
  type FideleClient,
  type StaffUsersQuery,
} from '@fidele/sdk';
import type { DataProvider } from 'react-admin';
import { asList } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';

export type AuditEntryRecord = AuditLogQuery['auditLog']['edges'][number]['node'];

/** `YYYY-MM-DD` (a date input) → an instant: the start of the day, or its end for the upper bound (UTC). */
const day = (value: unknown, end: boolean): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
    ? `${value.slice(0, 10)}T${end ? '23:59:59.999' : '00:00:00.000'}Z`
    : undefined;

/** The audit list's filter form → the API's `AuditFilter`. */
export function auditFilter(filter: Record<string, unknown> = {}): AuditFilter {
  const out: AuditFilter = {};
  const actor = asList(filter.actorUser as string);
  if (actor) out.actorUser = actor;
  const apiKey = asList(filter.apiKey as string);
  if (apiKey) out.apiKey = apiKey;
  const entity = typeof filter.entity === 'string' ? filter.entity.trim() : '';
  if (entity) out.entity = [entity];
  const entityId = typeof filter.entityId === 'string' ? filter.entityId.trim() : '';
  if (entityId) out.entityId = entityId;
  const operation = asList(filter.operation as string);
  if (operation) out.operation = operation as AuditFilter['operation'];
  const outcome = asList(filter.outcome as string);
  if (outcome) out.outcome = outcome as AuditFilter['outcome'];
  const from = day(filter.from, false);
  const to = day(filter.to, true);
  if (from || to) out.at = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return out;
}

/** The audit plugin's custom methods. */
export type AuditDataProvider = Partial<DataProvider> & {
  /** Staff users, for the actor filter. */
  getAuditActors(): Promise<StaffUsersQuery['staffUsers']>;
};

/**
 * The `auditLog` resource (read-only, newest first; admins only: others get FORBIDDEN): filters on actor, API key,
 * entity, entity id, operation, outcome and a date range, cursor pages.
 */
export function createAuditDataProvider(client: FideleClient): AuditDataProvider {
  const resource = connectionResource({
    resource: 'auditLog',
    list: ({ filter, first, after }) => client.withErrors.auditLog({ filter, first, ...(after ? { after } : {}) }),
    filter: auditFilter,
    sortFields: {} as Record<string, never>,
    one: async () => {
      throw new Error('The audit log has no page per entry');
    },
  });
  return recordProvider<AuditDataProvider>({
    getList: resource.getList,
    getAuditActors: () => raErrors(async () => (await client.execute(StaffUsersDocument)).staffUsers),
  });
}
