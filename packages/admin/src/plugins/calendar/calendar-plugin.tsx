import EventIcon from '@mui/icons-material/Event';
import { definePlugin, type FidelePlugin, type PluginOptions } from '../../plugin';
import { createCalendarDataProvider } from './calendar-data-provider';
import { calendarTranslations } from './translations';
import { lazyNamed } from '../lazy-pages';

const CalendarPage = lazyNamed(() => import('./CalendarPage'), 'CalendarPage');

const RemindersWidget = lazyNamed(() => import('./RemindersWidget'), 'RemindersWidget');

/**
 * The user's calendar (`/calendar`): planned and done meetings and calls, and due tasks, in day, week and month
 * views; on the dashboard, the user's unread reminders.
 *
 * @example
 * <FideleAdmin plugins={[...builtInPlugins(), calendarPlugin()]} />
 */
export function calendarPlugin(options: PluginOptions = {}): FidelePlugin {
  return definePlugin(
    {
      name: 'calendar',
      customRoutes: [{ path: '/calendar', element: <CalendarPage /> }],
      menu: [{ to: '/calendar', label: 'fidele.calendar.menu', icon: EventIcon, requires: 'calendar' }],
      dashboardWidgets: [{ id: 'reminders', component: RemindersWidget, width: 'third' }],
      translations: calendarTranslations,
      dataProvider: ({ client }) => createCalendarDataProvider(client),
    },
    options,
  );
}
