import { Alert, Button, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';
import { useMayRun } from '../../fidele-context';
import { CreateWebhookDialog } from './CreateWebhookDialog';
import { SubscriptionRow } from './SubscriptionRow';
import { errorText, subscriptionsKey, useWebhooks } from './useWebhooks';
import type { SubscriptionWithSecret, WebhookSubscriptionRow } from './webhooks-data-provider';

/** The subscriptions' ping, secret rotation and (de)activation, each notifying its outcome. */
const useSubscriptionActions = (onRotated: (r: SubscriptionWithSecret) => void) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useWebhooks();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: subscriptionsKey });
  const onError = (e: Error) => notify(errorText(translate, e), { type: 'error' });
  const ping = useMutation({
    mutationFn: (id: string) => dp.pingWebhook(id),
    onSuccess: (r) =>
      r.ok
        ? notify('fidele.webhooks.ping_ok', {
            type: 'success',
            messageArgs: { status: r.statusCode, ms: r.durationMs },
          })
        : notify('fidele.webhooks.ping_failed', { type: 'warning', messageArgs: { error: r.error } }),
    onError,
  });
  const rotate = useMutation({
    mutationFn: (row: WebhookSubscriptionRow) => dp.rotateWebhookSecret(row),
    onSuccess: async (r) => {
      onRotated(r);
      await refresh();
    },
    onError,
  });
  const toggle = useMutation({
    mutationFn: (row: WebhookSubscriptionRow) => dp.setWebhookActive(row, !row.active),
    onSuccess: refresh,
    onError,
  });
  return { ping, rotate, toggle };
};

export const Subscriptions = ({ onShowLog }: { onShowLog: (id: string) => void }) => {
  const translate = useTranslate();
  const dp = useWebhooks();
  const { data, isPending, error } = useQuery({
    queryKey: subscriptionsKey,
    queryFn: () => dp.getWebhookSubscriptions(),
  });
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<WebhookSubscriptionRow | null>(null);
  const [secret, setSecret] = useState<SubscriptionWithSecret | null>(null);
  const { ping, rotate, toggle } = useSubscriptionActions((r) => (setRotating(null), setSecret(r)));
  const mayCreate = useMayRun('createWebhookSubscription');
  return (
    <Panel
      title="fidele.webhooks.subscriptions"
      action={
        mayCreate ? (
          <Button variant="contained" size="small" onClick={() => setCreating(true)}>
            {translate('fidele.webhooks.create')}
          </Button>
        ) : null
      }
    >
      {isPending ? (
        <Skeleton variant="rectangular" height={100} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.webhooks.no_subscriptions')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.webhooks.subscriptions')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.webhooks.name')}</TableCell>
              <TableCell>{translate('fidele.webhooks.url')}</TableCell>
              <TableCell>{translate('fidele.webhooks.brand')}</TableCell>
              <TableCell>{translate('fidele.webhooks.events')}</TableCell>
              <TableCell>{translate('fidele.webhooks.status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((s) => (
              <SubscriptionRow
                key={s.id}
                subscription={s}
                pinging={ping.isPending && ping.variables === s.id}
                onPing={() => ping.mutate(s.id)}
                onShowLog={() => onShowLog(s.id)}
                onRotate={() => setRotating(s)}
                onToggle={() => toggle.mutate(s)}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {creating ? (
        <CreateWebhookDialog onClose={() => setCreating(false)} onCreated={(r) => (setCreating(false), setSecret(r))} />
      ) : null}
      {secret ? <SecretDialog created={secret} onClose={() => setSecret(null)} /> : null}
      {rotating ? (
        <ConfirmDialog
          title={translate('fidele.webhooks.rotate_title', { name: rotating.name })}
          text={translate('fidele.webhooks.rotate_help')}
          confirmLabel={translate('fidele.webhooks.rotate')}
          loading={rotate.isPending}
          onConfirm={() => rotate.mutate(rotating)}
          onClose={() => setRotating(null)}
        />
      ) : null}
    </Panel>
  );
};

/** The secret, shown this once, with a copy button and a warning. */
const SecretDialog = ({ created, onClose }: { created: SubscriptionWithSecret; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <SecretOnceDialog
      title={translate('fidele.webhooks.secret_title')}
      warning={translate('fidele.webhooks.secret_warning')}
      label={created.subscription.name}
      secret={created.secret}
      labels={{
        copy: translate('fidele.webhooks.copy'),
        done: translate('fidele.webhooks.done'),
        copied: 'fidele.webhooks.copied',
        copyFailed: 'fidele.webhooks.copy_failed',
      }}
      onClose={onClose}
    />
  );
};
