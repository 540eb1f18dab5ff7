import type { ActionMedium, ContactKind } from '../api/overview';
import type { FideleLocale } from '../plugin';

/**
 * Labels of the API's enums, shared by every plugin: `fidele.enum.<EnumName>.<VALUE>`. Typed by the enums so that
 * a value added to the API without a label fails the typecheck.
 */
export const enumMessages: Record<FideleLocale, { fidele: { enum: { ContactKind: Record<ContactKind, string>; ActionMedium: Record<ActionMedium, string> } } }> = {
  en: {
    fidele: {
      enum: {
        ContactKind: {
          CLIENT: 'Client',
          PROSPECT: 'Prospect',
          FORMER_CLIENT: 'Former client',
          SUPPLIER: 'Supplier',
          BANKER: 'Banker',
          JOURNALIST: 'Journalist',
          RELATION: 'Relation',
        },
        ActionMedium: {
          DOOR_TO_DOOR: 'Door to door',
          EMAIL: 'Email',
          EVENT: 'Event',
          FAX_MAILING: 'Fax mailing',
          MAILING: 'Mailing',
          NEWSLETTER: 'Newsletter',
          PRESS: 'Press',
          SMS: 'SMS',
          TELEMARKETING: 'Telemarketing',
          WEB: 'Web',
        },
      },
    },
  },
  fr: {
    fidele: {
      enum: {
        ContactKind: {
          CLIENT: 'Client',
          PROSPECT: 'Prospect',
          FORMER_CLIENT: 'Ancien client',
          SUPPLIER: 'Fournisseur',
          BANKER: 'Banquier',
          JOURNALIST: 'Journaliste',
          RELATION: 'Relation',
        },
        ActionMedium: {
          DOOR_TO_DOOR: 'Porte-à-porte',
          EMAIL: 'E-mail',
          EVENT: 'Événement',
          FAX_MAILING: 'Fax-mailing',
          MAILING: 'Publipostage',
          NEWSLETTER: 'Lettre d’information',
          PRESS: 'Presse',
          SMS: 'SMS',
          TELEMARKETING: 'Télémarketing',
          WEB: 'Web',
        },
      },
    },
  },
};

/** The translation key of an enum value's label. */
export const enumLabelKey = (enumName: 'ContactKind' | 'ActionMedium', value: string): string => `fidele.enum.${enumName}.${value}`;
