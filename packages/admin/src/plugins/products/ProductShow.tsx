import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { Restricted } from '../../fields/PersonalField';

export const ProductShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField source="categoryId" reference="productCategories" link={false} />
      <LocaleNumberField source="listPrice" options={{ style: 'currency', currency: 'EUR' }} />
      <Restricted field="Product.unitCost">
        <LocaleNumberField source="unitCost" options={{ style: 'currency', currency: 'EUR' }} />
      </Restricted>
      <LocaleNumberField source="warrantyMonths" emptyText="—" />
      <BooleanField source="active" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
