import { Create, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';

export const ContactCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'PROSPECT', countryCode: 'FR' }}>
      <ContactInputs />
    </SimpleForm>
  </Create>
);
