import { ArrayField, Datagrid, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumChoices } from '../../fields/choices';
import { Restricted } from '../../fields/PersonalField';

export const SaleShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocaleDateField source="saleDate" />
      <ReferenceField source="contactId" reference="contacts" link="show" />
      <SelectField source="channel" choices={enumChoices('SaleChannel')} />
      <LocaleNumberField source="total" options={{ style: 'currency', currency: 'EUR' }} />
      <Restricted field="Sale.grossMargin">
        <LocaleNumberField source="grossMargin" options={{ style: 'currency', currency: 'EUR' }} />
      </Restricted>
      <ReferenceField source="attributedActionId" reference="actions" link="show" emptyText="—" />
      <ArrayField source="lines">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="product.code" label="resources.sales.fields.product" />
          <TextField source="product.name" label="resources.sales.fields.productName" />
          <LocaleNumberField source="quantity" label="resources.sales.fields.quantity" />
          <LocaleNumberField
            source="unitPrice"
            label="resources.sales.fields.unitPrice"
            options={{ style: 'currency', currency: 'EUR' }}
          />
          <LocaleNumberField
            source="amount"
            label="resources.sales.fields.amount"
            options={{ style: 'currency', currency: 'EUR' }}
          />
        </Datagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
