import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AutocompleteInput, email, ReferenceInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { Restricted } from '../../fields/PersonalField';

const Cell = ({ children, wide }: { children: ReactNode; wide?: boolean }) => (
  <Grid size={{ xs: 12, sm: wide ? 12 : 6, md: wide ? 8 : 4 }}>{children}</Grid>
);

const enumInput = (source: string, name: Parameters<typeof enumChoices>[0]) => (
  <SelectInput source={source} choices={enumChoices(name)} fullWidth emptyText="—" />
);

/**
 * The fields of the contact form. Checks in the browser are only a convenience (required, e-mail shape): the
 * server validates every write and its messages show under the inputs. Confidential inputs appear only for roles
 * that may write them.
 */
export const ContactInputs = () => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ width: '100%' }}>
      <Cell>
        <SelectInput source="kind" choices={enumChoices('ContactKind')} validate={required()} fullWidth />
      </Cell>
      <Cell>
        <ReferenceInput source="brandId" reference="brands">
          <SelectInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
      </Cell>
      <Cell>
        <ReferenceInput source="zoneId" reference="zones">
          <SelectInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
      </Cell>
      <Cell>{enumInput('civility', 'Civility')}</Cell>
      <Cell>
        <TextInput source="lastName" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="firstName" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="companyName" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="jobTitle" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="email" type="email" validate={email()} fullWidth />
      </Cell>
      <Cell>
        <TextInput source="phone" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="mobile" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="addressLine1" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="postalCode" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="city" fullWidth />
      </Cell>
      <Cell>
        <TextInput source="countryCode" fullWidth />
      </Cell>
      <Cell>{enumInput('pipelineStage', 'PipelineStage')}</Cell>
      <Cell wide>
        <ReferenceInput source="sourceActionId" reference="actions">
          <AutocompleteInput optionText={(a: { code: string; name: string }) => `${a.code} · ${a.name}`} fullWidth />
        </ReferenceInput>
      </Cell>
      <Restricted field="Contact.incomeBand" mode="write">
        <Grid size={12}>
          <Typography variant="subtitle2" color="text.secondary">
            {translate('fidele.contacts.confidential')}
          </Typography>
        </Grid>
        <Cell>{enumInput('incomeBand', 'IncomeBand')}</Cell>
      </Restricted>
      <Restricted field="Contact.maritalStatus" mode="write">
        <Cell>{enumInput('maritalStatus', 'MaritalStatus')}</Cell>
      </Restricted>
      <Restricted field="Contact.discountRate" mode="write">
        <Cell>
          <TextInput source="discountRate" fullWidth />
        </Cell>
      </Restricted>
    </Grid>
  );
};
