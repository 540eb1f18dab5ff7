import { BooleanField, DateField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Restricted } from '../../fields/PersonalField';

export const ProductShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField source="categoryId" reference="productCategories" link={false} />
      <NumberField source="listPrice" options={{ style: 'currency', currency: 'EUR' }} />
      <Restricted field="Product.unitCost">
        <NumberField source="unitCost" options={{ style: 'currency', currency: 'EUR' }} />
      </Restricted>
      <NumberField source="warrantyMonths" emptyText="—" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
