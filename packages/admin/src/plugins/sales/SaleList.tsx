import {
  BooleanInput,
  Datagrid,
  List,
  ReferenceInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumChoices } from '../../fields/choices';

const filters = [
  <SelectArrayInput
    key="channel"
    source="channel"
    choices={enumChoices('SaleChannel')}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <ReferenceInput key="brand" source="brandId" reference="brands" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="converted" source="converted" />,
];

export const SaleList = () => (
  <List filters={filters} sort={{ field: 'saleDate', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <LocaleDateField source="saleDate" />
      <SelectField source="channel" choices={enumChoices('SaleChannel')} />
      <TextField source="brand.name" label="resources.sales.fields.brandId" sortable={false} />
      <LocaleNumberField source="lineCount" sortable={false} />
      <LocaleNumberField source="total" options={{ style: 'currency', currency: 'EUR' }} />
      <TextField
        source="attributedAction.code"
        label="resources.sales.fields.attributedActionId"
        sortable={false}
        emptyText="—"
      />
    </Datagrid>
  </List>
);
