import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Firings } from './Firings';
import { TriggerList } from './TriggerList';
import type { TriggerRow } from './triggers-data-provider';

/** The triggers, their firings, and a run-now button with what each trigger did. */
export const TriggersPage = () => {
  const translate = useTranslate();
  const [firingsOf, setFiringsOf] = useState<TriggerRow | null>(null);
  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.triggers.menu" />
      <Alert severity="info">{translate('fidele.triggers.help')}</Alert>
      <TriggerList onShowFirings={setFiringsOf} />
      {firingsOf ? <Firings trigger={firingsOf} /> : null}
    </Stack>
  );
};
