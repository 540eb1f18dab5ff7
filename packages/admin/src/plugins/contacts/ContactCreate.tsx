import { Create, SimpleForm } from 'react-admin';
import { ContactConsentInputs } from './ContactConsentInputs';
import { ContactInputs } from './ContactInputs';

export const ContactCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'PROSPECT', countryCode: 'FR' }}>
      <ContactInputs />
      <ContactConsentInputs />
    </SimpleForm>
  </Create>
);
