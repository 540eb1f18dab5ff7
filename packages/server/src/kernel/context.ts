import type DataLoader from 'dataloader';
import type { Db } from './db/client.js';
import type { Provider } from './db/paths.js';
import type { AuditRecorder } from './audit-recorder.js';
import type { Principal } from './principal.js';
import type { RequestPurpose } from './purpose.js';

/** What every resolver receives. Built per request: nothing here is shared between requests but the client. */
export interface Context {
  db: Db;
  provider: Provider;
  /** Who is asking (a staff user or a partner's API key); null for an anonymous request. */
  principal: Principal | null;
  /** Why: the purpose declared in the `x-fidele-purpose` header, resolved in the purpose tree. */
  purpose: RequestPurpose | null;
  /** The instant the request is evaluated at (consent validity windows). */
  now: Date;
  loaders: {
    /** contact id → may its personal fields be used for `purpose`? */
    consent: DataLoader<number, boolean>;
  };
  /** Reads of guarded fields in this request, written out by `useAuditLog` (absent when the plugin is off). */
  audit?: AuditRecorder;
}
