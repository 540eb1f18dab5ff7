import { DateInput, Edit, NumberInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { ActionSequenceInputs } from './ActionSequenceInputs';

export const ActionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="status" choices={enumChoices('ActionStatus')} validate={required()} />
      <DateInput source="startDate" />
      <DateInput source="endDate" />
      <NumberInput source="cost" />
      <TextInput source="targetDescription" multiline fullWidth />
      <ActionSequenceInputs />
    </SimpleForm>
  </Edit>
);
