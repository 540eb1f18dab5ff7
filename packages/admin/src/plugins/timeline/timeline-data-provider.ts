import {
  ContactHistoryDocument,
  CreateActivityDocument,
  type ActivityInput,
  type ContactHistoryQuery,
  type FideleClient,
  type TimelineKind,
} from '@fidele/sdk';
import type { Identifier } from 'react-admin';
import { raErrors } from '../../api/ra-errors';

export type ContactHistory = NonNullable<ContactHistoryQuery['contact']>;

/** The timeline plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type TimelineDataProvider = {
  /** One page of the contact's merged timeline (newest first) and its next planned contact; null when not visible. */
  getContactHistory(
    id: Identifier,
    options?: { after?: string | null; first?: number; kinds?: TimelineKind[] },
  ): Promise<ContactHistory | null>;
  /** Logs a done activity or plans one (status PLANNED, in the future) on the contact; you are its author. */
  logActivity(input: ActivityInput): Promise<void>;
};

export function createTimelineDataProvider(client: FideleClient): TimelineDataProvider {
  return {
    getContactHistory: (id, options = {}) =>
      raErrors(async () => {
        const r = await client.execute(ContactHistoryDocument, {
          id: String(id),
          first: options.first ?? 15,
          ...(options.after ? { after: options.after } : {}),
          ...(options.kinds?.length ? { kinds: options.kinds } : {}),
        });
        return r.contact ?? null;
      }),
    logActivity: (input) =>
      raErrors(async () => {
        await client.execute(CreateActivityDocument, { input });
      }),
  };
}
