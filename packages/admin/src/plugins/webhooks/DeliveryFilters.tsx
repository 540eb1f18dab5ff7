import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { subscriptionsKey, useWebhooks } from './useWebhooks';
import { webhookDeliveryStatuses, type DeliveryQuery } from './webhooks-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

/** The delivery log's filters: one subscription or all, one status or any. */
export const DeliveryFilters = ({
  query,
  onChange,
}: {
  query: DeliveryQuery;
  onChange: (q: DeliveryQuery) => void;
}) => {
  const translate = useTranslate();
  const dp = useWebhooks();
  const subscriptions = useQuery({ queryKey: subscriptionsKey, queryFn: () => dp.getWebhookSubscriptions() });
  return (
    <Stack direction="row" spacing={1}>
      <TextField
        select
        size="small"
        label={translate('fidele.webhooks.subscription')}
        value={query.subscription}
        sx={{ minWidth: 200 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        onChange={(e) => onChange({ ...query, subscription: e.target.value })}
      >
        <MenuItem value="">{translate('fidele.webhooks.all_subscriptions')}</MenuItem>
        {(subscriptions.data ?? []).map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('fidele.webhooks.status')}
        value={query.status}
        sx={{ minWidth: 160 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        onChange={(e) => onChange({ ...query, status: e.target.value as DeliveryQuery['status'] })}
      >
        <MenuItem value="">{translate('fidele.webhooks.any_status')}</MenuItem>
        {webhookDeliveryStatuses.map((s) => (
          <MenuItem key={s} value={s}>
            {translate(enumLabelKey('WebhookDeliveryStatus', s))}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
