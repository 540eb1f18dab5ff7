import { builder } from '../../kernel/graphql/builder.js';
import { ConsentSourceEnum, ConsentStatusEnum } from '../../kernel/graphql/enums.js';

/**
 * A consent decision given on a form that creates a contact (`ContactInput.consents`): the basis on which the new
 * contact's personal data may be used, recorded in the same transaction as the contact, with its provenance
 * (captured now, by the creator).
 */
export const GivenConsentInput = builder.inputType('GivenConsentInput', {
  description: 'A consent decision given on the creation form, recorded with the contact (captured now, by you).',
  fields: (t) => ({
    purpose: t.string({ description: 'Purpose code, e.g. newsletter.' }),
    status: t.field({
      type: ConsentStatusEnum,
      required: false,
      defaultValue: 'GRANTED',
      description: 'Default: GRANTED.',
    }),
    source: t.field({ type: ConsentSourceEnum }),
    proof: t.string({ required: false, description: 'Form id, recording id, signed document reference.' }),
  }),
});
