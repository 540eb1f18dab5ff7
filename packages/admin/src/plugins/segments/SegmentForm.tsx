import { Create, Edit, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { CriteriaInputs } from './CriteriaInputs';
import { kindChoices } from './segment-choices';

const Fields = () => (
  <>
    <TextInput source="name" validate={required()} sx={{ minWidth: 320 }} />
    <TextInput source="description" multiline sx={{ minWidth: 480 }} />
    <SelectInput source="kind" choices={kindChoices} helperText="fidele.segments.kind_help" validate={required()} />
    <ReferenceInput source="brandId" reference="brands">
      <SelectInput optionText="name" emptyText="fidele.segments.all_brands" />
    </ReferenceInput>
    <CriteriaInputs />
  </>
);

export const SegmentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'DYNAMIC', criteria: {} }}>
      <Fields />
    </SimpleForm>
  </Create>
);

/** The stored criteria come back as the builder's fields (the data provider converts them). */
export const SegmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Fields />
    </SimpleForm>
  </Edit>
);
