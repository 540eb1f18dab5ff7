import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';
import { createCasesDataProvider } from './cases-data-provider';
import { casesTranslations } from './translations';

/**
 * Customer-service cases: list with filters, the case's page with its workflow buttons, history and what was
 * promised to the client, and a create form. Shown to the roles the server lets run `serviceCases` (support,
 * sales, admin).
 */
export function casesPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'cases',
      resources: [
        {
          name: 'cases',
          icon: SupportAgentIcon,
          list: CaseList,
          show: CaseShow,
          create: CaseCreate,
          recordRepresentation: 'reference',
        },
      ],
      access: {
        cases: { type: 'ServiceCase', list: 'serviceCases', show: 'serviceCase', create: 'createServiceCase' },
      },
      translations: casesTranslations,
      dataProvider: ({ client }) => createCasesDataProvider(client),
    },
    options,
  );
}
