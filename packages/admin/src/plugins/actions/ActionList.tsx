import {
  Datagrid,
  List,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumChoices } from '../../fields/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="medium"
    source="medium"
    choices={enumChoices('ActionMedium')}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('ActionStatus')} sx={{ minWidth: 160 }} />,
  <ReferenceInput key="brand" source="brandId" reference="brands">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

export const ActionList = () => (
  <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="medium" choices={enumChoices('ActionMedium')} />
      <SelectField source="status" choices={enumChoices('ActionStatus')} />
      <LocaleDateField source="startDate" />
      <LocaleNumberField source="targetCount" sortable={false} />
      <LocaleNumberField source="responseCount" sortable={false} />
      <LocaleNumberField source="conversionCount" sortable={false} />
      <LocaleNumberField source="cost" options={{ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }} />
    </Datagrid>
  </List>
);
