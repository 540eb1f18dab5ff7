import type { Role } from '../generated/sqlite/enums.js';
import type { RequestPurpose } from './purpose.js';

/** A logged-in staff user, with the brands and zones their role is scoped to. */
export interface StaffPrincipal {
  kind: 'staff';
  userId: number;
  role: Role;
  brandIds: number[];
  zoneIds: number[];
  /**
   * Purposes the role may declare, by code (RolePurpose, read with the user on every request). Absent on a
   * principal built without them (a test, an assignee check): `resolvePurpose` then reads them.
   */
  purposeCodes?: string[];
}

/**
 * A partner application authenticated by an API key (`x-api-key`). It has no role and no user: the optional
 * `never`-typed members say so to code written for staff (`principal.role === 'ADMIN'` is simply false), and the
 * `authenticated` scope does not include partners, so a partner reaches only the fields that opt in with
 * `partner: true` (contacts, node).
 */
export interface PartnerPrincipal {
  kind: 'partner';
  apiKeyId: number;
  /** The key's name, for logs and audit. */
  name: string;
  /** Brands whose contacts the key may read (ApiKeyBrand). */
  brandIds: number[];
  /** Purposes the key may declare, by code; a code covers its subtree (ApiKeyPurpose). */
  purposeCodes: string[];
  /**
   * The `partner_sharing` purpose, resolved in the purpose tree: the row rule lets a partner see only contacts
   * whose consent covers it. Null when the purpose does not exist (then a partner sees no contact).
   */
  sharing: RequestPurpose | null;
  role?: never;
  userId?: never;
  zoneIds?: never;
}

/**
 * Fidele itself, acting on its own (a scheduled job, an import file, a command, an inbound integration): Keystone's
 * `sudo()` made explicit. It has a named `reason`, written in the audit log (`actorType: SYSTEM`, `systemReason`),
 * so every use of personal data by the system can be told apart and explained. Its row scope is every contact;
 * consent still applies whenever it acts for a purpose (targeting, sending). Made only by `systemContext`
 * (`access/system.ts`), never from a request.
 */
export interface SystemPrincipal {
  kind: 'system';
  /** Why the system acts: `job:<name>`, `cli:<command>`, `import`, `integration:<route>`, ... */
  reason: string;
  /**
   * The staff user on whose behalf the work runs, when there is one (an import started from the admin): the
   * audit names them beside the reason. Rights are still the system's.
   */
  onBehalfOf?: number;
  role?: never;
  userId?: never;
  brandIds?: never;
  zoneIds?: never;
}

/** Who is asking. */
export type Principal = StaffPrincipal | PartnerPrincipal | SystemPrincipal;

/** The code of the purpose a partner must hold consent for, on top of the purpose it declares. */
export const PARTNER_SHARING_PURPOSE = 'partner_sharing';

/** The account a login is about, as the audit log and the throttle name it: the e-mail as typed, normalised. */
export const loginAccount = (email: string) => email.trim().toLowerCase().slice(0, 320);
