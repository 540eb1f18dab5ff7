import type { ActionMedium } from '../../generated/sqlite/enums.js';

const filled = (column: string) => ({ [column]: { not: null }, NOT: { [column]: '' } });

/**
 * The address a contact needs to be reached by a medium, as a Prisma `where` on Contact (null: none needed).
 * - e-mail for EMAIL and NEWSLETTER, not marked invalid by a hard bounce (`emailInvalidAt`, cleared when the address
 *   changes: messaging/inbound); a mobile for SMS; a fax for FAX_MAILING;
 * - a phone or a mobile for TELEMARKETING;
 * - a postal address (first line, postal code, city) for MAILING and DOOR_TO_DOOR;
 * - nothing for PRESS, EVENT and WEB, which do not address a contact individually.
 */
export function channelAddressWhere(medium: ActionMedium): object | null {
  switch (medium) {
    case 'EMAIL':
    case 'NEWSLETTER':
      return { AND: [filled('email'), { emailInvalidAt: null }] };
    case 'SMS':
      return filled('mobile');
    case 'FAX_MAILING':
      return filled('fax');
    case 'TELEMARKETING':
      return { OR: [filled('phone'), filled('mobile')] };
    case 'MAILING':
    case 'DOOR_TO_DOOR':
      return { AND: [filled('addressLine1'), filled('postalCode'), filled('city')] };
    case 'PRESS':
    case 'EVENT':
    case 'WEB':
      return null;
  }
}
