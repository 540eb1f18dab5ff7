import { useState } from 'react';
import { Create, SimpleForm, useNotify } from 'react-admin';
import { ContactConsentInputs } from './ContactConsentInputs';
import { ContactInputs } from './ContactInputs';
import { duplicateFound, type DuplicateFound } from './duplicate-entry';
import { DuplicateEntryDialog } from './DuplicateEntryDialog';

/**
 * Creating a contact: the server's validation messages on their fields, and for a contact that looks like one the
 * user may see (DUPLICATE_SUSPECTED, DUPLICATE_EMAIL) a dialog with the candidates and the decision to take.
 */
export const ContactCreate = () => {
  const notify = useNotify();
  const [found, setFound] = useState<DuplicateFound | null>(null);
  const onError = (error: unknown, variables: { data?: Record<string, unknown> } = {}) => {
    const duplicates = duplicateFound(error);
    if (duplicates) return setFound({ ...duplicates, data: variables.data ?? {} });
    // As react-admin does without a handler: field errors show on their fields, anything else as a notification.
    const errors = (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    if (errors && Object.keys(errors).length) return;
    notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
  };
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'PROSPECT', countryCode: 'FR' }}>
        <ContactInputs />
        <ContactConsentInputs />
        <DuplicateEntryDialog found={found} onClose={() => setFound(null)} />
      </SimpleForm>
    </Create>
  );
};
