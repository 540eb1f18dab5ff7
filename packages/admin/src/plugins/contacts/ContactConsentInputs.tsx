import { Grid, Typography } from '@mui/material';
import { ArrayInput, required, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { PurposeInput } from '../../fields/PurposeInput';

/**
 * The consents given on the creation form (`ContactInput.consents`): each a purpose, a decision, how it was captured
 * and an optional proof. The server records them with the contact, in the same transaction, captured now by the
 * user: without one covering the user's purpose, the new contact's personal fields come back withheld.
 */
export const ContactConsentInputs = () => {
  const translate = useTranslate();
  return (
    <Grid size={12}>
      <Typography variant="subtitle2">{translate('fidele.contacts.given_consents')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('fidele.contacts.given_consents_help')}
      </Typography>
      <ArrayInput source="consents" label={false}>
        <SimpleFormIterator inline disableReordering>
          <PurposeInput source="purpose" />
          <SelectInput
            source="status"
            choices={enumChoices('ConsentStatus')}
            defaultValue="GRANTED"
            validate={required()}
          />
          <SelectInput source="source" choices={enumChoices('ConsentSource')} validate={required()} />
          <TextInput source="proof" />
        </SimpleFormIterator>
      </ArrayInput>
    </Grid>
  );
};
