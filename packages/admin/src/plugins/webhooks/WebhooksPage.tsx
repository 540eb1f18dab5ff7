import { Stack } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { DeliveryLog } from './DeliveryLog';
import { Subscriptions } from './Subscriptions';
import type { DeliveryQuery } from './webhooks-data-provider';

/** Subscriptions and the delivery log (admins: the menu entry needs `webhookSubscriptions`, which only they may run). */
export const WebhooksPage = () => {
  const [query, setQuery] = useState<DeliveryQuery>({ subscription: '', status: '' });
  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.webhooks.menu" />
      <Subscriptions onShowLog={(subscription) => setQuery({ ...query, subscription })} />
      <DeliveryLog query={query} onQuery={setQuery} />
    </Stack>
  );
};
