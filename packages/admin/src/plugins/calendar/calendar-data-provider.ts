import { CalendarDocument, type CalendarQuery, type FideleClient } from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type CalendarEntry = CalendarQuery['calendar'][number];

/** The calendar plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type CalendarDataProvider = {
  /** Your meetings, calls (planned or done) and due tasks from `from` (included) to `to` (excluded). */
  getCalendar(from: Date, to: Date): Promise<CalendarEntry[]>;
};

export function createCalendarDataProvider(client: FideleClient): CalendarDataProvider {
  return {
    getCalendar: (from, to) =>
      raErrors(async () => (await client.execute(CalendarDocument, { from: from.toISOString(), to: to.toISOString() })).calendar),
  };
}
