import { Grid } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { PurposeInput } from '../../fields/PurposeInput';
import { ActionSequenceInputs } from './ActionSequenceInputs';
import { UsualResponseChannels } from './UsualResponseChannels';

const Cell = ({ children, wide }: { children: ReactNode; wide?: boolean }) => (
  <Grid size={{ xs: 12, sm: wide ? 12 : 6, md: wide ? 8 : 4 }}>{children}</Grid>
);

/**
 * A new marketing action: identity, objective and medium, dates, cost, the purpose its targets must consent to,
 * brand, response channels (the medium's usual ones proposed), products promoted, the control group, and its
 * campaign settings (priority, attribution window, the action it follows up). The browser checks only what is required;
 * the server checks the rest (code taken, dates in order, percent range, unknown products or purpose) and its
 * messages show under each input.
 */
export const ActionCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm
      defaultValues={{
        status: 'PLANNED',
        requiredPurpose: 'marketing',
        controlGroupPercent: 0,
        responseChannels: [],
        productIds: [],
      }}
    >
      <Grid container spacing={2} sx={{ width: '100%' }}>
        <Cell>
          <TextInput source="code" validate={required()} fullWidth />
        </Cell>
        <Cell wide>
          <TextInput source="name" validate={required()} fullWidth />
        </Cell>
        <Cell>
          <SelectInput source="objective" choices={enumChoices('ActionObjective')} validate={required()} fullWidth />
        </Cell>
        <Cell>
          <SelectInput source="medium" choices={enumChoices('ActionMedium')} validate={required()} fullWidth />
        </Cell>
        <Cell>
          <SelectInput source="status" choices={enumChoices('ActionStatus')} fullWidth />
        </Cell>
        <Cell>
          <DateInput source="startDate" validate={required()} fullWidth />
        </Cell>
        <Cell>
          <DateInput source="endDate" validate={required()} fullWidth />
        </Cell>
        <Cell>
          <NumberInput source="cost" fullWidth />
        </Cell>
        <Cell>
          <PurposeInput source="requiredPurpose" fullWidth />
        </Cell>
        <Cell>
          <ReferenceInput source="brandId" reference="brands">
            <SelectInput optionText="name" fullWidth emptyText="—" />
          </ReferenceInput>
        </Cell>
        <Cell>
          <NumberInput source="controlGroupPercent" fullWidth />
        </Cell>
        <Cell wide>
          <SelectArrayInput source="responseChannels" choices={enumChoices('ResponseChannel')} fullWidth />
        </Cell>
        <Cell wide>
          <ReferenceArrayInput source="productIds" reference="products">
            <AutocompleteArrayInput
              optionText={(p: { code: string; name: string }) => `${p.code} · ${p.name}`}
              fullWidth
            />
          </ReferenceArrayInput>
        </Cell>
        <Cell wide>
          <TextInput source="targetDescription" multiline fullWidth />
        </Cell>
      </Grid>
      <ActionSequenceInputs />
      <UsualResponseChannels />
    </SimpleForm>
  </Create>
);
