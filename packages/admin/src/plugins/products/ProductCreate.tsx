import {
  BooleanInput,
  Create,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { Restricted } from '../../fields/PersonalField';

/**
 * A new product. The browser only checks what is required; the server checks the rest (code taken, amounts,
 * category) and its messages show under each input. The confidential unit cost is offered only to roles that may
 * write it.
 */
export const ProductCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm defaultValues={{ active: true }}>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="categoryId" reference="productCategories">
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <NumberInput source="listPrice" validate={required()} />
      <Restricted field="Product.unitCost" mode="write">
        <NumberInput source="unitCost" />
      </Restricted>
      <NumberInput source="warrantyMonths" />
      <BooleanInput source="active" />
    </SimpleForm>
  </Create>
);
