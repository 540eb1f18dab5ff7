import { Button, Chip, Stack, TableCell, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WebhookSubscriptionRow } from './webhooks-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

/** One subscription with its buttons (each labelled with the subscription's name). */
export const SubscriptionRow = ({
  subscription: s,
  pinging,
  onPing,
  onShowLog,
  onRotate,
  onToggle,
}: {
  subscription: WebhookSubscriptionRow;
  pinging: boolean;
  onPing: () => void;
  onShowLog: () => void;
  onRotate: () => void;
  onToggle: () => void;
}) => {
  const translate = useTranslate();
  return (
    <TableRow data-active={String(s.active)}>
      <TableCell>{s.name}</TableCell>
      <TableCell>
        <code>{s.url}</code>
      </TableCell>
      <TableCell>{s.brand?.name ?? translate('fidele.webhooks.all_brands')}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {s.events.map((e) => (
            <Chip key={e} size="small" label={translate(enumLabelKey('WebhookEventType', e))} />
          ))}
        </Stack>
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          color={s.active ? 'success' : 'default'}
          label={translate(s.active ? 'fidele.webhooks.active' : 'fidele.webhooks.inactive')}
        />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Button
          size="small"
          aria-label={`${translate('fidele.webhooks.ping')} ${s.name}`}
          loading={pinging}
          onClick={onPing}
        >
          {translate('fidele.webhooks.ping')}
        </Button>
        <Button size="small" aria-label={`${translate('fidele.webhooks.show_log')} ${s.name}`} onClick={onShowLog}>
          {translate('fidele.webhooks.show_log')}
        </Button>
        <Button size="small" aria-label={`${translate('fidele.webhooks.rotate')} ${s.name}`} onClick={onRotate}>
          {translate('fidele.webhooks.rotate')}
        </Button>
        <Button
          size="small"
          aria-label={`${translate(s.active ? 'fidele.webhooks.deactivate' : 'fidele.webhooks.activate')} ${s.name}`}
          onClick={onToggle}
        >
          {translate(s.active ? 'fidele.webhooks.deactivate' : 'fidele.webhooks.activate')}
        </Button>
      </TableCell>
    </TableRow>
  );
};
