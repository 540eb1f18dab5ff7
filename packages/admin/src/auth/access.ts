import type { ResourceApi } from '../plugin';
import type { ServerPermissions } from '../api/session';

/**
 * The admin's mirror of the server's rules, from `myPermissions` and the resources' {@link ResourceApi}. Used by the
 * auth provider's `canAccess` (react-admin hides pages, menu entries and buttons with it) and by field hiding.
 *
 * - `resource: 'contacts'`: `list`/`show`/`export` need the list or show query; `create`/`edit`/`delete` their
 *   mutation (a resource without one is not offered the action).
 * - `resource: 'contacts.incomeBand'`: `read`/`list`/`show` need the field to be readable, `write`/`edit`/`create`
 *   writable. A field without a rule is allowed.
 * - Anything else (custom pages) is allowed: their queries are checked by the server.
 */
export function mayAccess(
  permissions: ServerPermissions | null | undefined,
  apis: Record<string, ResourceApi>,
  { action, resource }: { action: string; resource: string },
): boolean {
  if (!permissions) return false;
  const dot = resource.indexOf('.');
  if (dot > 0) {
    const api = apis[resource.slice(0, dot)];
    if (!api) return true;
    return mayField(permissions, `${api.type}.${resource.slice(dot + 1)}`, isWrite(action) ? 'write' : 'read');
  }
  const api = apis[resource];
  if (!api) return true;
  const op = operationFor(api, action);
  if (op === null) return true;
  if (op === undefined) return false;
  return (isWrite(action) || action === 'delete' ? permissions.mutations : permissions.queries).includes(op);
}

/** May the user read (or write) `Type.field`? Fields without a rule: yes. */
export function mayField(
  permissions: ServerPermissions | null | undefined,
  typeField: string,
  mode: 'read' | 'write' = 'read',
): boolean {
  if (!permissions) return false;
  const rule = permissions.fields.find((f) => f.field === typeField);
  return rule ? rule[mode] : true;
}

const isWrite = (action: string) => action === 'write' || action === 'edit' || action === 'create';

/** The operation an action needs; null: no rule for this action; undefined: the resource does not offer it. */
function operationFor(api: ResourceApi, action: string): string | null | undefined {
  switch (action) {
    case 'list':
    case 'export':
      return api.list;
    case 'show':
    case 'read':
      return api.show ?? api.list;
    case 'create':
      return api.create;
    case 'edit':
      return api.edit;
    case 'delete':
      return api.delete;
    default:
      return null;
  }
}
