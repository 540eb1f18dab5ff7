import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import {
  HttpError,
  Title,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';
import { useMayRun } from '../../fidele-context';
import {
  webhookEvents,
  type DeliveryQuery,
  type SubscriptionWithSecret,
  type WebhookDeliveryRow,
  type WebhookForm,
  type WebhookSubscriptionRow,
  type WebhooksDataProvider,
} from './webhooks-data-provider';

const useWebhooks = () => useDataProvider<DataProvider & WebhooksDataProvider>();
const subscriptionsKey = ['webhooks', 'subscriptions'];

const errorText = (translate: ReturnType<typeof useTranslate>, e: Error) => translate(e.message, { _: e.message });

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

const Subscriptions = ({ onShowLog }: { onShowLog: (id: string) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useWebhooks();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({
    queryKey: subscriptionsKey,
    queryFn: () => dp.getWebhookSubscriptions(),
  });
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<WebhookSubscriptionRow | null>(null);
  const [secret, setSecret] = useState<SubscriptionWithSecret | null>(null);
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
      setRotating(null);
      setSecret(r);
      await refresh();
    },
    onError,
  });
  const toggle = useMutation({
    mutationFn: (row: WebhookSubscriptionRow) => dp.setWebhookActive(row, !row.active),
    onSuccess: refresh,
    onError,
  });
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
              <TableRow key={s.id} data-active={String(s.active)}>
                <TableCell>{s.name}</TableCell>
                <TableCell>
                  <code>{s.url}</code>
                </TableCell>
                <TableCell>{s.brand?.name ?? translate('fidele.webhooks.all_brands')}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {s.events.map((e) => (
                      <Chip key={e} size="small" label={translate(`fidele.webhooks.event_names.${e}`)} />
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
                    loading={ping.isPending && ping.variables === s.id}
                    onClick={() => ping.mutate(s.id)}
                  >
                    {translate('fidele.webhooks.ping')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${translate('fidele.webhooks.show_log')} ${s.name}`}
                    onClick={() => onShowLog(s.id)}
                  >
                    {translate('fidele.webhooks.show_log')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${translate('fidele.webhooks.rotate')} ${s.name}`}
                    onClick={() => setRotating(s)}
                  >
                    {translate('fidele.webhooks.rotate')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${translate(s.active ? 'fidele.webhooks.deactivate' : 'fidele.webhooks.activate')} ${s.name}`}
                    onClick={() => toggle.mutate(s)}
                  >
                    {translate(s.active ? 'fidele.webhooks.deactivate' : 'fidele.webhooks.activate')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {creating ? (
        <CreateDialog onClose={() => setCreating(false)} onCreated={(r) => (setCreating(false), setSecret(r))} />
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

const emptyForm: WebhookForm = { name: '', url: '', brand: '', events: [] };

const CreateDialog = ({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (r: SubscriptionWithSecret) => void;
}) => {
  const translate = useTranslate();
  const dp = useWebhooks();
  const queryClient = useQueryClient();
  const brands = useGetList<{ id: string; code: string; name: string }>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [form, setForm] = useState<WebhookForm>(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => dp.createWebhookSubscription(form),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: subscriptionsKey });
      onCreated(r);
    },
    onError: (e: Error) => {
      const body = e instanceof HttpError ? (e.body as { errors?: Record<string, string> } | undefined) : undefined;
      // `events.3` (an unknown event) is shown under the events input.
      const fieldErrors = Object.fromEntries(Object.entries(body?.errors ?? {}).map(([k, v]) => [k.split('.')[0]!, v]));
      setErrors(body?.errors ? fieldErrors : { root: errorText(translate, e) });
    },
  });
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!form.name.trim()) missing.name = translate('fidele.webhooks.required');
    if (!form.url.trim()) missing.url = translate('fidele.webhooks.required');
    if (form.events.length === 0) missing.events = translate('fidele.webhooks.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !(k in emptyForm))?.[1];
  return (
    <Dialog open onClose={onClose} aria-labelledby="webhook-create-title" maxWidth="sm" fullWidth>
      <DialogTitle id="webhook-create-title">{translate('fidele.webhooks.create_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.webhooks.create_help')}</DialogContentText>
        <TextField
          label={translate('fidele.webhooks.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={!!errors.name}
          helperText={errors.name}
          fullWidth
          margin="dense"
          required
        />
        <TextField
          label={translate('fidele.webhooks.url')}
          value={form.url}
          onChange={(e) => setForm({ ...form, url: e.target.value })}
          placeholder="https://"
          error={!!errors.url}
          helperText={errors.url}
          fullWidth
          margin="dense"
          required
        />
        <TextField
          select
          label={translate('fidele.webhooks.brand')}
          value={form.brand}
          fullWidth
          margin="dense"
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(e) => setForm({ ...form, brand: e.target.value })}
          error={!!errors.brand}
          helperText={errors.brand}
        >
          <MenuItem value="">{translate('fidele.webhooks.all_brands')}</MenuItem>
          {(brands.data ?? []).map((b) => (
            <MenuItem key={b.id} value={b.id}>
              {b.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={translate('fidele.webhooks.events')}
          value={form.events}
          fullWidth
          margin="dense"
          required
          onChange={(e) => setForm({ ...form, events: e.target.value as unknown as string[] })}
          error={!!errors.events}
          helperText={errors.events}
          slotProps={{ select: { multiple: true } }}
        >
          {webhookEvents.map((e) => (
            <MenuItem key={e} value={e}>
              {translate(`fidele.webhooks.event_names.${e}`)}
            </MenuItem>
          ))}
        </TextField>
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} loading={save.isPending}>
          {translate('fidele.webhooks.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const statusColor = { PENDING: 'warning', DELIVERED: 'success', FAILED: 'error' } as const;

const DeliveryLog = ({ query, onQuery }: { query: DeliveryQuery; onQuery: (q: DeliveryQuery) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dp = useWebhooks();
  const queryClient = useQueryClient();
  const subscriptions = useQuery({ queryKey: subscriptionsKey, queryFn: () => dp.getWebhookSubscriptions() });
  const { data, isPending, error } = useQuery({
    queryKey: ['webhooks', 'deliveries', query],
    queryFn: () => dp.getWebhookDeliveries(query),
  });
  const [open, setOpen] = useState<string | null>(null);
  // Another filter shows other rows: the attempts opened before are closed.
  const change = (q: DeliveryQuery) => (setOpen(null), onQuery(q));
  const redeliver = useMutation({
    mutationFn: (id: string) => dp.redeliverWebhook(id),
    onSuccess: async () => {
      notify('fidele.webhooks.redelivered', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries'] });
    },
    onError: (e: Error) => notify(errorText(translate, e), { type: 'error' }),
  });
  const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(locale) : '—');
  const answer = (d: Pick<WebhookDeliveryRow, 'lastStatusCode' | 'lastError'>) =>
    d.lastError ?? (d.lastStatusCode ? String(d.lastStatusCode) : '—');
  return (
    <Panel
      title="fidele.webhooks.log"
      action={
        <Stack direction="row" spacing={1}>
          <TextField
            select
            size="small"
            label={translate('fidele.webhooks.subscription')}
            value={query.subscription}
            sx={{ minWidth: 200 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            onChange={(e) => change({ ...query, subscription: e.target.value })}
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
            onChange={(e) => change({ ...query, status: e.target.value as DeliveryQuery['status'] })}
          >
            <MenuItem value="">{translate('fidele.webhooks.any_status')}</MenuItem>
            {(['PENDING', 'DELIVERED', 'FAILED'] as const).map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`fidele.webhooks.statuses.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      }
    >
      {isPending ? (
        <Skeleton variant="rectangular" height={100} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.rows.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.webhooks.no_deliveries')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.webhooks.log')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.webhooks.created')}</TableCell>
              <TableCell>{translate('fidele.webhooks.subscription')}</TableCell>
              <TableCell>{translate('fidele.webhooks.event')}</TableCell>
              <TableCell>{translate('fidele.webhooks.status')}</TableCell>
              <TableCell align="right">{translate('fidele.webhooks.attempts')}</TableCell>
              <TableCell>{translate('fidele.webhooks.last_answer')}</TableCell>
              <TableCell>{translate('fidele.webhooks.next_attempt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.rows.map((d) => {
              const event = translate(`fidele.webhooks.event_names.${d.event}`);
              return (
                <Fragment key={d.id}>
                  <TableRow data-status={d.status} data-event-id={d.eventId}>
                    <TableCell>{when(d.createdAt)}</TableCell>
                    <TableCell>{d.subscription.name}</TableCell>
                    <TableCell>{event}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={statusColor[d.status]}
                        label={translate(`fidele.webhooks.statuses.${d.status}`)}
                      />
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        aria-expanded={open === d.id}
                        aria-label={translate('fidele.webhooks.attempts_of', { event: `${event} ${d.eventId}` })}
                        onClick={() => setOpen(open === d.id ? null : d.id)}
                      >
                        {d.log.length}
                      </Button>
                    </TableCell>
                    <TableCell>{answer(d)}</TableCell>
                    <TableCell>{d.status === 'PENDING' ? when(d.nextAttemptAt) : '—'}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        aria-label={`${translate('fidele.webhooks.redeliver')} ${d.eventId}`}
                        loading={redeliver.isPending && redeliver.variables === d.id}
                        onClick={() => redeliver.mutate(d.id)}
                      >
                        {translate('fidele.webhooks.redeliver')}
                      </Button>
                    </TableCell>
                  </TableRow>
                  {open === d.id ? (
                    <TableRow>
                      <TableCell colSpan={8} sx={{ bgcolor: 'action.hover' }}>
                        <Table size="small" aria-label={translate('fidele.webhooks.attempts_of', { event: d.eventId })}>
                          <TableHead>
                            <TableRow>
                              <TableCell>{translate('fidele.webhooks.attempt')}</TableCell>
                              <TableCell>{translate('fidele.webhooks.attempted_at')}</TableCell>
                              <TableCell>{translate('fidele.webhooks.http_status')}</TableCell>
                              <TableCell>{translate('fidele.webhooks.error')}</TableCell>
                              <TableCell align="right">{translate('fidele.webhooks.duration')}</TableCell>
                            </TableRow>
                          </TableHead>
                          <TableBody>
                            {d.log.map((a) => (
                              <TableRow key={a.attempt}>
                                <TableCell>{a.attempt}</TableCell>
                                <TableCell>{when(a.attemptedAt)}</TableCell>
                                <TableCell>{a.statusCode ?? translate('fidele.webhooks.no_answer')}</TableCell>
                                <TableCell>{a.error ?? '—'}</TableCell>
                                <TableCell align="right">{a.durationMs}</TableCell>
                              </TableRow>
                            ))}
                          </TableBody>
                        </Table>
                      </TableCell>
                    </TableRow>
                  ) : null}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
