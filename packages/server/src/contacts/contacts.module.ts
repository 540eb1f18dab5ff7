import type { FideleModule } from '../kernel/module.js';
import { duplicatesCommand } from './quality/duplicates.command.js';
import { duplicateThreshold } from './quality/entry-duplicates.service.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './contact.schema.js';
import './quality/quality.schema.js';
import './stewardship/stewardship.schema.js';

/** Contacts and data quality: contacts, normalisation, duplicates and merge, stewardship. */
export const contactsModule: FideleModule = {
  name: 'contacts',
  commands: [duplicatesCommand], // fidele duplicates
  settings: [duplicateThreshold], // FIDELE_DUPLICATE_THRESHOLD
};
