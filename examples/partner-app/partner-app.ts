/**
 * What a partner of the company writes against Fidele: with the API key it was given and the purpose
 * `partner_sharing`, list the contacts who agreed to be shared with partners, and record that one of them answered a
 * marketing action (a *remontée*).
 *
 * Run it: FIDELE_URL=http://127.0.0.1:4000/graphql FIDELE_API_KEY=fid_... pnpm exec tsx examples/partner-app/partner-app.ts
 * (add ACTION_CODE, CONTACT_ID and CHANNEL to record a response).
 */
import { pathToFileURL } from 'node:url';
// In your own project: `import { ... } from '@fidele/sdk';` (this example lives in the Fidele repository).
import {
  createFideleClient,
  FideleError,
  type FideleClient,
  type FideleClientOptions,
  type PartnerContactFragment,
  type ResponseChannel,
} from '../../packages/sdk/src/index.js';

/** The purpose a partner declares: the API only shows it contacts whose consent covers it. */
export const PARTNER_PURPOSE = 'partner_sharing';

export interface PartnerAppOptions {
  /** The Fidele GraphQL endpoint. */
  url: string;
  /** The partner's API key (`fid_<prefix>_<secret>`). */
  apiKey?: string;
  /** A staff token instead of a key (staff may run the same script). */
  token?: string;
  /** @default 'partner_sharing' */
  purpose?: string;
  fetch?: typeof fetch;
}

export const connect = (o: PartnerAppOptions): FideleClient =>
  createFideleClient({
    url: o.url,
    purpose: o.purpose ?? PARTNER_PURPOSE,
    ...(o.apiKey ? { apiKey: o.apiKey } : {}),
    ...(o.token ? { token: o.token } : {}),
    ...(o.fetch ? { fetch: o.fetch } : {}),
  } satisfies FideleClientOptions);

/**
 * Every contact the partner may see, page after page. For an API key the server already keeps to the key's brands
 * and to contacts whose consent covers `partner_sharing`: the others do not exist for a partner.
 */
export async function listConsentedContacts(fidele: FideleClient, pageSize = 50): Promise<PartnerContactFragment[]> {
  const contacts: PartnerContactFragment[] = [];
  for await (const c of fidele.paginate(fidele.partnerContacts, { first: pageSize, orderBy: [{ field: 'ID' }] }))
    contacts.push(c);
  return contacts;
}

export interface ResponseReport {
  /** The marketing action's code, as printed on the coupon or said on the phone. */
  actionCode: string;
  /** The contact's id, as listed by listConsentedContacts. */
  contactId: string;
  /** Where the answer came in; must be one the action offers. */
  channel: ResponseChannel;
  /** @default now */
  respondedAt?: Date;
}

/**
 * Records that a contact answered an action, by the action's code (printed on every coupon, quoted on the phone).
 * A retry of the same response is harmless (`alreadyRecorded`); a different answer already recorded is CONFLICT.
 */
export async function recordResponse(fidele: FideleClient, report: ResponseReport) {
  return fidele.recordActionResponse({
    actionCode: report.actionCode,
    contactId: report.contactId,
    channel: report.channel,
    respondedAt: report.respondedAt ?? new Date(),
  });
}

async function main() {
  const env = process.env;
  if (!env.FIDELE_URL || !(env.FIDELE_API_KEY || env.FIDELE_TOKEN)) {
    console.error('Set FIDELE_URL and FIDELE_API_KEY (or FIDELE_TOKEN).');
    process.exit(2);
  }
  const fidele = connect({
    url: env.FIDELE_URL,
    apiKey: env.FIDELE_API_KEY,
    token: env.FIDELE_TOKEN,
    purpose: env.FIDELE_PURPOSE,
  });
  try {
    const contacts = await listConsentedContacts(fidele);
    console.log(`${contacts.length} contacts agreed to partner sharing`);
    for (const c of contacts.slice(0, 10))
      console.log(`  ${c.id}  ${c.firstName ?? ''} ${c.lastName ?? c.companyName ?? ''}  ${c.email ?? ''}`);
    if (env.ACTION_CODE && env.CONTACT_ID && env.CHANNEL) {
      const t = await recordResponse(fidele, {
        actionCode: env.ACTION_CODE,
        contactId: env.CONTACT_ID,
        channel: env.CHANNEL as ResponseChannel,
      });
      console.log(
        `response ${t.alreadyRecorded ? 'was already recorded' : 'recorded'} on ${t.actionCode} (${t.channel})`,
      );
    }
  } catch (e) {
    if (!(e instanceof FideleError)) throw e;
    // Typed errors: decide on the code, show the API's message.
    if (e.code === 'RATE_LIMITED') console.error(`Too many requests: retry in ${e.retryAfterSeconds ?? '?'} s.`);
    else if (e.code === 'UNAUTHENTICATED') console.error('The API key is invalid, expired or revoked.');
    else if (e.code === 'VALIDATION') for (const f of e.fields) console.error(`${f.path.join('.')}: ${f.message}`);
    else console.error(`${e.code}: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
