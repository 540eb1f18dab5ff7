import {
  Datagrid,
  DateField,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectArrayInput,
  SelectField,
  TextField,
} from 'react-admin';
import { kindChoices } from './segment-choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="kind" source="kind" choices={kindChoices} alwaysOn sx={{ minWidth: 160 }} />,
];

export const SegmentList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <SelectField source="kind" choices={kindChoices} />
      <NumberField source="count" sortable={false} />
      <ReferenceField source="brandId" reference="brands" link={false} emptyText="—" sortable={false} />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
