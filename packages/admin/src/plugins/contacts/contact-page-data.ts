import {
  ContactDeliveriesDocument,
  ContactResponseRateDocument,
  ContactSaleLinesDocument,
  ContactValueDocument,
  isFideleError,
  type ContactDeliveriesQuery,
  type ContactResponseRateQuery,
  type ContactSaleLinesQuery,
  type ContactValueQuery,
  type FideleClient,
  type FideleErrorEntry,
} from '@fidele/sdk';
import type { Identifier } from 'react-admin';
import { raErrors } from '../../api/ra-errors';
import type { Session } from '../../api/session';
import { mayField } from '../../auth/access';

/**
 * A profiling figure of the contact page: the value (null: none, e.g. not a buyer), or why the API withheld it
 * (`CONSENT_REQUIRED`: the contact's consent does not cover profiling), as the page shows withheld fields.
 */
export type Profiled<T> =
  { value: T | null; withheld?: undefined } | { value: null; withheld: FideleErrorEntry['code'] };

export type ContactValue = NonNullable<ContactValueQuery['contactScore']>;
export type ContactResponseRate = NonNullable<ContactResponseRateQuery['contactResponseRate']>;
export type ContactSaleLines = NonNullable<ContactSaleLinesQuery['contact']>['sales'];
export type ContactDeliveries = NonNullable<ContactDeliveriesQuery['contact']>['deliveries'];

/** The contact page's custom methods beyond the contact's own fields (issue 21). */
export interface ContactPageMethods {
  /** FRAT and the stored value of the contact's latest snapshot. */
  getContactValue(id: Identifier): Promise<Profiled<ContactValue>>;
  /** The personal response rate over the actions the caller may see. */
  getContactResponseRate(id: Identifier): Promise<Profiled<ContactResponseRate>>;
  /** The latest sales with their lines and products (and the gross margin for the roles that may read it). */
  getContactSaleLines(id: Identifier): Promise<ContactSaleLines | null>;
  /** The latest messages sent to the contact, for the roles that may read delivery logs (FORBIDDEN otherwise). */
  getContactDeliveries(id: Identifier): Promise<ContactDeliveries | null>;
}

/** A root field that answers CONSENT_REQUIRED for a contact without profiling consent → `Profiled`. */
async function profiled<T>(read: () => Promise<T | null>): Promise<Profiled<T>> {
  try {
    return { value: await read() };
  } catch (e) {
    if (!isFideleError(e, 'CONSENT_REQUIRED')) throw e;
    return { value: null, withheld: 'CONSENT_REQUIRED' };
  }
}

export function contactPageMethods(client: FideleClient, session: Session): ContactPageMethods {
  return {
    getContactValue: (id) =>
      raErrors(() =>
        profiled(async () => (await client.execute(ContactValueDocument, { contact: String(id) })).contactScore),
      ),
    getContactResponseRate: (id) =>
      raErrors(() =>
        profiled(
          async () => (await client.execute(ContactResponseRateDocument, { contact: String(id) })).contactResponseRate,
        ),
      ),
    getContactSaleLines: (id) =>
      raErrors(async () => {
        const withMargin = mayField(session.get()?.permissions, 'Sale.grossMargin');
        const { contact } = await client.execute(ContactSaleLinesDocument, { id: String(id), withMargin });
        return contact?.sales ?? null;
      }),
    getContactDeliveries: (id) =>
      raErrors(async () => {
        const { contact } = await client.execute(ContactDeliveriesDocument, { id: String(id) });
        return contact?.deliveries ?? null;
      }),
  };
}
