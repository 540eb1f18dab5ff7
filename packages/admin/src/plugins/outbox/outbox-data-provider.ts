import { CaughtMailsDocument, type FideleClient } from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export interface CaughtMailRow {
  id: string;
  recipient: string;
  subject: string;
  raw: string;
  createdAt: string;
}

/** The outbox plugin's custom method (a type alias: it must fit `DataProvider`'s index signature). */
export type OutboxDataProvider = {
  getCaughtMails(first: number): Promise<CaughtMailRow[]>;
};

export function createOutboxDataProvider(client: FideleClient): OutboxDataProvider {
  return {
    getCaughtMails: (first) =>
      raErrors(async () =>
        (await client.execute(CaughtMailsDocument, { first })).caughtMails.edges.map((e) => e.node as CaughtMailRow),
      ),
  };
}
