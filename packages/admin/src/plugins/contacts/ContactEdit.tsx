import { Edit, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';

/**
 * Pessimistic: the page waits for the server, so its validation messages land under the inputs and a CONFLICT
 * (someone saved in between: the version sent is stale) is reported instead of silently overwriting.
 */
export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ContactInputs />
    </SimpleForm>
  </Edit>
);
