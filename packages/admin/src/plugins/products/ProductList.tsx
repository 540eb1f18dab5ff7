import {
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="category" source="categoryId" reference="productCategories" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export const ProductList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="category.name" label="resources.products.fields.categoryId" sortable={false} />
      <LocaleNumberField source="listPrice" options={{ style: 'currency', currency: 'EUR' }} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
