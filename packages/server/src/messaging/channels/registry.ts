import type { ActionMedium } from '../../generated/sqlite/enums.js';
import type { Db } from '../../kernel/db/client.js';
import { readMessagingSettings } from '../settings.js';
import type { ChannelAdapter } from './channel.js';
import { emailAdapter } from './email.js';

/**
 * The channel adapters of this deployment, by medium. E-mail is built in (channels/email.ts, configured by
 * FIDELE_MAIL and FIDELE_SMTP_URL); other channels register their adapter when their module loads
 * (`registerChannelAdapter`: SMS), and a registered adapter takes its media over from the built-in one (tests
 * register an e-mail adapter on their own SMTP server). Adapters hold connections (a pooled SMTP transport):
 * `closeChannelAdapters` releases them at shutdown.
 */
const registered = new Map<ActionMedium, ChannelAdapter>();
/** The built-in e-mail adapter of each database (catch mode writes CaughtMail rows into it), made on first use. */
const builtIn = new Map<Db, ChannelAdapter>();

/** Adds an adapter for its media (replacing the one registered before for a medium, and the built-in one). */
export function registerChannelAdapter(adapter: ChannelAdapter): void {
  for (const medium of adapter.media) registered.set(medium, adapter);
}

/** Removes a registered adapter (tests): its media go back to the built-in adapter, if any. */
export function unregisterChannelAdapter(adapter: ChannelAdapter): void {
  for (const [medium, a] of registered) if (a === adapter) registered.delete(medium);
}

/** The adapter that sends `medium` on this deployment, or null when none does (postal, telemarketing, ...). */
export function channelAdapter(medium: ActionMedium, db: Db): ChannelAdapter | null {
  const own = registered.get(medium);
  if (own) return own;
  if (medium !== 'EMAIL' && medium !== 'NEWSLETTER') return null;
  let email = builtIn.get(db);
  if (!email) {
    email = emailAdapter(readMessagingSettings(), db);
    builtIn.set(db, email);
  }
  return email;
}

/** The media some adapter sends on this deployment (a send is refused for any other). */
export const sendableMedia = (): ActionMedium[] => [
  ...new Set<ActionMedium>(['EMAIL', 'NEWSLETTER', ...registered.keys()]),
];

/** Closes every adapter's connections (shutdown, tests); the next send builds the built-in ones again. */
export async function closeChannelAdapters(): Promise<void> {
  const all = new Set([...registered.values(), ...builtIn.values()]);
  builtIn.clear();
  await Promise.all([...all].map((a) => a.close?.().catch(() => {})));
}
