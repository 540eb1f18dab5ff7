import { AutocompleteInput, Create, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { caseCategories, casePriorities, choices } from './case-choices';

/** Opens a case for a contact; the server gives it its reference and makes you its opener. */
export const CaseCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ priority: 'NORMAL' }}>
      <ReferenceInput source="contactId" reference="contacts">
        <AutocompleteInput
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          label="resources.cases.fields.contactId"
        />
      </ReferenceInput>
      <TextInput source="subject" validate={required()} fullWidth />
      <SelectInput source="category" choices={choices('category', caseCategories)} validate={required()} />
      <SelectInput source="priority" choices={choices('priority', casePriorities)} />
      <TextInput source="description" multiline fullWidth />
    </SimpleForm>
  </Create>
);
