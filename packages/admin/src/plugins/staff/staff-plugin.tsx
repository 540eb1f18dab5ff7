import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createStaffAccountsProvider } from './staff-accounts-provider';
import { createStaffDataProvider } from './staff-data-provider';
import { staffTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const ChangePasswordPage = lazyNamed(() => import('./ChangePasswordPage'), 'ChangePasswordPage');

const StaffPage = lazyNamed(() => import('./StaffPage'), 'StaffPage');

/**
 * Staff users and partner API keys, for administrators: the accounts (create with a temporary password, edit role,
 * brands and zones, deactivate, reset a password), the purposes of each role, the keys (brands, purposes, rate
 * limit, last use, status), creating a key (shown once, with a copy button) and revoking one; and, for everyone,
 * the change-password page (`/change-password`, outside the layout: reached logged out with a temporary password). The menu entry shows to
 * those the server lets run `apiKeys` (admins); the server refuses the others regardless.
 */
export function staffPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'staff',
      customRoutes: [
        { path: '/staff', element: <StaffPage /> },
        { path: '/change-password', element: <ChangePasswordPage />, noLayout: true },
      ],
      menu: [{ to: '/staff', label: 'fidele.staff.menu', icon: AdminPanelSettingsIcon, requires: 'apiKeys' }],
      translations: staffTranslations,
      dataProvider: ({ client }) => ({
        ...createStaffDataProvider(client),
        ...createStaffAccountsProvider(client),
      }),
    },
    options,
  );
}
