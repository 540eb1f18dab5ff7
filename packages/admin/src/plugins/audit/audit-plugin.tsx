import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createAuditDataProvider } from './audit-data-provider';
import { AuditList } from './AuditList';
import { auditTranslations } from './translations';

/**
 * The audit log, for administrators (the `auditLog` resource: its menu entry and page show to those the server
 * lets run `auditLog`): newest first, filters on actor, entity, operation, outcome and a date range.
 */
export function auditPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'audit',
      resources: [{ name: 'auditLog', list: AuditList, icon: ManageSearchIcon }],
      access: { auditLog: { type: 'AuditEntry', list: 'auditLog' } },
      translations: auditTranslations,
      dataProvider: ({ client }) => createAuditDataProvider(client),
    },
    options,
  );
}
