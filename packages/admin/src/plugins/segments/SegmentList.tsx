import { Datagrid, List, ReferenceField, SearchInput, SelectArrayInput, SelectField, TextField } from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
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
      <LocaleNumberField source="count" sortable={false} />
      <ReferenceField source="brandId" reference="brands" link={false} emptyText="—" sortable={false} />
      <LocaleDateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
