import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createTimelineDataProvider } from './timeline-data-provider';
import { timelineTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const ContactTimelinePanel = lazyNamed(() => import('./ContactTimelinePanel'), 'ContactTimelinePanel');

/**
 * The contact's timeline on the contact's page (slot `contacts.show`): activities, targetings, responses,
 * conversions, sales and customer-service cases in one list, newest first, and the next planned contact.
 *
 * @example
 * <FideleAdmin plugins={[referencePlugin(), contactsPlugin(), timelinePlugin()]} />
 */
export function timelinePlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'timeline',
      slots: { 'contacts.show': [{ id: 'timeline', component: ContactTimelinePanel, requires: 'contact' }] },
      translations: timelineTranslations,
      dataProvider: ({ client }) => createTimelineDataProvider(client),
    },
    options,
  );
}
