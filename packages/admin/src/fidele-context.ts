import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionState } from './api/session';
import { mayField } from './auth/access';
import type { DashboardWidget, PluginMenuItem, PluginSlotItem, ResourceApi } from './plugin';

/** What the layout and the dashboard need from `<FideleAdmin>`'s props and plugins. */
export interface FideleAdminContextValue {
  title: string;
  menu: PluginMenuItem[];
  dashboardWidgets: DashboardWidget[];
  /** Slot components by slot name (see `FidelePlugin.slots`). */
  slots: Record<string, PluginSlotItem[]>;
  session: Session;
  access: Record<string, ResourceApi>;
}

export const FideleAdminContext = createContext<FideleAdminContextValue | null>(null);

export function useFideleAdmin(): FideleAdminContextValue {
  const value = useContext(FideleAdminContext);
  if (!value) throw new Error('useFideleAdmin must be used inside <FideleAdmin>');
  return value;
}

/** The current login (null when logged out); re-renders on login, logout and purpose changes. */
export function useSessionState(): SessionState | null {
  const { session } = useFideleAdmin();
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

/**
 * Whether the user may read (or write) a restricted field, as the server published it: `useCanRead('Contact.incomeBand')`.
 * Synchronous (no flicker): the permissions are in the session since login.
 */
export function useCanRead(typeField: string, mode: 'read' | 'write' = 'read'): boolean {
  return mayField(useSessionState()?.permissions, typeField, mode);
}

/**
 * May the user run this root query or mutation field, as the server published it (`myPermissions`)? Used to show
 * a button or a section only to those the server would let run its operation.
 */
export function useMayRun(operation: string | undefined): boolean {
  const permissions = useSessionState()?.permissions;
  if (!operation) return true;
  return !!permissions && (permissions.queries.includes(operation) || permissions.mutations.includes(operation));
}

/** The slot components of `name` the user may use (their `requires` allowed by the server's permissions). */
export function useSlot(name: string): PluginSlotItem[] {
  const { slots } = useFideleAdmin();
  const permissions = useSessionState()?.permissions;
  return (slots[name] ?? []).filter(
    (item) =>
      !item.requires ||
      (!!permissions && (permissions.queries.includes(item.requires) || permissions.mutations.includes(item.requires))),
  );
}
