import type { Role } from '../../generated/sqlite/enums.js';

/** A logged-in staff user, with the brands and zones their role is scoped to. */
export interface StaffPrincipal {
  kind: 'staff';
  userId: number;
  role: Role;
  brandIds: number[];
  zoneIds: number[];
}

/** Who is asking. Partner API keys join this union with the access issue. */
export type Principal = StaffPrincipal;
