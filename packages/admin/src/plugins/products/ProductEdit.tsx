import { BooleanInput, Edit, NumberInput, SimpleForm, TextInput, required } from 'react-admin';

export const ProductEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <NumberInput source="listPrice" />
      <NumberInput source="warrantyMonths" />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
