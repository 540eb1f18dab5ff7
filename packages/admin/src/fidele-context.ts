import { createContext, useContext } from 'react';
import type { DashboardWidget, PluginMenuItem } from './plugin';

/** What the layout and the dashboard need from `<FideleAdmin>`'s props and plugins. */
export interface FideleAdminContextValue {
  title: string;
  menu: PluginMenuItem[];
  dashboardWidgets: DashboardWidget[];
}

export const FideleAdminContext = createContext<FideleAdminContextValue | null>(null);

export function useFideleAdmin(): FideleAdminContextValue {
  const value = useContext(FideleAdminContext);
  if (!value) throw new Error('useFideleAdmin must be used inside <FideleAdmin>');
  return value;
}
