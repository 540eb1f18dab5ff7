import {
  CalendarDocument,
  CompleteActivityDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  type CalendarQuery,
  type FideleClient,
  type MyNotificationsQuery,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type CalendarEntry = CalendarQuery['calendar'][number];

/** The calendar plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type CalendarDataProvider = {
  /** Your meetings, calls (planned or done) and due tasks from `from` (included) to `to` (excluded). */
  getCalendar(from: Date, to: Date): Promise<CalendarEntry[]>;
  /** Your unread notifications (reminders of tasks and planned activities), newest first, and how many there are. */
  getMyReminders(): Promise<{ total: number; items: Reminder[] }>;
  markReminderRead(id: string): Promise<void>;
  /** Marks a planned meeting or call done (it took place at its planned time, or now if that is still ahead). */
  completeActivity(id: string, version: number): Promise<void>;
};

export type Reminder = MyNotificationsQuery['myNotifications']['edges'][number]['node'];

export function createCalendarDataProvider(client: FideleClient): CalendarDataProvider {
  return {
    getCalendar: (from, to) =>
      raErrors(
        async () =>
          (await client.execute(CalendarDocument, { from: from.toISOString(), to: to.toISOString() })).calendar,
      ),
    getMyReminders: () =>
      raErrors(async () => {
        const { myNotifications } = await client.execute(MyNotificationsDocument, { first: 10, unread: true });
        return { total: myNotifications.totalCount, items: myNotifications.edges.map((e) => e.node) };
      }),
    completeActivity: (id, version) =>
      raErrors(async () => {
        await client.execute(CompleteActivityDocument, { id, version });
      }),
    markReminderRead: (id) =>
      raErrors(async () => {
        await client.execute(MarkNotificationReadDocument, { id });
      }),
  };
}
