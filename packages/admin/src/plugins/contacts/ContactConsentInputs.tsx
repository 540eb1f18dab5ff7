import { useQuery } from '@tanstack/react-query';
import { Grid, Typography } from '@mui/material';
import {
  ArrayInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../fields/choices';

type PurposeSource = { getPurposes?: () => Promise<{ code: string; name: string }[]> };

/** The purpose of one consent: a choice among the active purposes when the consents plugin serves them, else a code. */
const PurposeInput = () => {
  const dp = useDataProvider() as unknown as PurposeSource;
  const purposes = useQuery({
    queryKey: ['consents', 'purposes'],
    queryFn: () => dp.getPurposes!(),
    enabled: typeof dp.getPurposes === 'function',
  });
  if (!purposes.data) return <TextInput source="purpose" validate={required()} />;
  return (
    <SelectInput
      source="purpose"
      choices={purposes.data.map((p) => ({ id: p.code, name: `${p.name} (${p.code})` }))}
      validate={required()}
    />
  );
};

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
          <PurposeInput />
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
