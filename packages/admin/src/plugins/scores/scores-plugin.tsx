import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { ContactScores } from './ContactScores';
import { createScoresDataProvider } from './scores-data-provider';
import { scoresTranslations } from './translations';

/**
 * Scores on the contact's page (slot `contacts.show`): the latest RFM scores, segment and predicted lifetime value,
 * for the roles the server lets run `contactScore` (ADMIN, ANALYST, MARKETING); for a contact who has not
 * consented to profiling, a "Consent required" chip instead.
 */
export function scoresPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'scores',
      slots: { 'contacts.show': [{ id: 'scores', component: ContactScores, requires: 'contactScore' }] },
      translations: scoresTranslations,
      dataProvider: ({ client }) => createScoresDataProvider(client),
    },
    options,
  );
}
