import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createStaffDataProvider } from './staff-data-provider';
import { StaffPage } from './StaffPage';
import { staffTranslations } from './translations';

/**
 * Staff users and partner API keys, for administrators: the staff list, the keys (brands, purposes, rate limit,
 * last use, status), creating a key (shown once, with a copy button) and revoking one. The menu entry shows to
 * those the server lets run `apiKeys` (admins); the server refuses the others regardless.
 */
export function staffPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'staff',
      customRoutes: [{ path: '/staff', element: <StaffPage /> }],
      menu: [{ to: '/staff', label: 'fidele.staff.menu', icon: AdminPanelSettingsIcon, requires: 'apiKeys' }],
      translations: staffTranslations,
      dataProvider: ({ client }) => createStaffDataProvider(client),
    },
    options,
  );
}
