import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Skeleton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import {
  HttpError,
  Title,
  useDataProvider,
  useLocaleState,
  useNotify,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import type { RfmSegment, TriggerKind } from '@fidele/sdk';
import { useMayRun } from '../../fidele-context';
import {
  emptyTriggerForm,
  toTriggerForm,
  triggerKinds,
  type TriggerForm,
  type TriggerRow,
  type TriggerRunRow,
  type TriggersDataProvider,
} from './triggers-data-provider';

const useTriggers = () => useDataProvider<DataProvider & TriggersDataProvider>();
const listKey = ['triggers', 'list'];
const segments: RfmSegment[] = [
  'CHAMPIONS',
  'LOYAL',
  'POTENTIAL_LOYALIST',
  'NEW_CUSTOMER',
  'PROMISING',
  'NEED_ATTENTION',
  'ABOUT_TO_SLEEP',
  'AT_RISK',
  'CANNOT_LOSE',
  'HIBERNATING',
  'LOST',
];

type Translate = ReturnType<typeof useTranslate>;
const errorText = (translate: Translate, e: Error) => translate(e.message, { _: e.message });

const Panel = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1, gap: 1, flexWrap: 'wrap' }}>
          <Typography id={id} variant="h6" component="h2" sx={{ flex: 1 }}>
            {title}
          </Typography>
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};

/** A trigger's parameters in words ("30 days, last 7 days"). */
function paramsSummary(translate: Translate, t: TriggerRow): string {
  const p = t.params;
  const parts: string[] = [];
  if (p.days != null) parts.push(translate('fidele.triggers.summary.days', { days: p.days }));
  if (p.categoryCode) parts.push(translate('fidele.triggers.summary.category', { code: p.categoryCode }));
  if (p.from)
    parts.push(translate('fidele.triggers.summary.from', { segment: translate(`fidele.enum.RfmSegment.${p.from}`) }));
  if (p.to)
    parts.push(translate('fidele.triggers.summary.to', { segment: translate(`fidele.enum.RfmSegment.${p.to}`) }));
  if (p.sinceDays != null) parts.push(translate('fidele.triggers.summary.since', { days: p.sinceDays }));
  return parts.join(', ') || '—';
}

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

const TriggerList = ({ onShowFirings }: { onShowFirings: (t: TriggerRow) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dp = useTriggers();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({ queryKey: listKey, queryFn: () => dp.getTriggers() });
  const [editing, setEditing] = useState<TriggerRow | 'new' | null>(null);
  const [result, setResult] = useState<{ dryRun: boolean; rows: TriggerRunRow[] } | null>(null);
  const mayWrite = useMayRun('createTrigger');
  const mayRun = useMayRun('runTriggers');
  const onError = (e: Error) => notify(errorText(translate, e), { type: 'error' });
  const run = useMutation({
    mutationFn: (dryRun: boolean) => dp.runTriggers(dryRun).then((rows) => ({ dryRun, rows })),
    onSuccess: async (r) => {
      setResult(r);
      await queryClient.invalidateQueries({ queryKey: ['triggers'] });
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (t: TriggerRow) => dp.deleteTrigger(t),
    onSuccess: async () => {
      notify('fidele.triggers.deleted', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError,
  });
  const nameOf = (id: string) => data?.find((t) => t.id === id)?.name ?? id;
  return (
    <Panel
      title={translate('fidele.triggers.title')}
      action={
        <Stack direction="row" spacing={1}>
          {mayRun ? (
            <>
              <Button size="small" loading={run.isPending && run.variables === true} onClick={() => run.mutate(true)}>
                {translate('fidele.triggers.dry_run')}
              </Button>
              <Button
                size="small"
                variant="outlined"
                loading={run.isPending && run.variables === false}
                onClick={() => run.mutate(false)}
              >
                {translate('fidele.triggers.run')}
              </Button>
            </>
          ) : null}
          {mayWrite ? (
            <Button size="small" variant="contained" onClick={() => setEditing('new')}>
              {translate('fidele.triggers.create')}
            </Button>
          ) : null}
        </Stack>
      }
    >
      {isPending ? (
        <Skeleton variant="rectangular" height={100} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.triggers.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.triggers.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.triggers.name')}</TableCell>
              <TableCell>{translate('fidele.triggers.kind')}</TableCell>
              <TableCell>{translate('fidele.triggers.params')}</TableCell>
              <TableCell>{translate('fidele.triggers.action')}</TableCell>
              <TableCell>{translate('fidele.triggers.active')}</TableCell>
              <TableCell>{translate('fidele.triggers.last_run')}</TableCell>
              <TableCell align="right">{translate('fidele.triggers.firings')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((t) => (
              <TableRow key={t.id}>
                <TableCell>{t.name}</TableCell>
                <TableCell>{translate(`fidele.triggers.kinds.${t.kind}`)}</TableCell>
                <TableCell>{paramsSummary(translate, t)}</TableCell>
                <TableCell>{t.action ? `${t.action.code} — ${t.action.name}` : '—'}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={t.active ? 'success' : 'default'}
                    label={translate(t.active ? 'fidele.triggers.active' : 'fidele.triggers.inactive')}
                  />
                </TableCell>
                <TableCell>
                  {t.lastRunAt ? new Date(t.lastRunAt).toLocaleString(locale) : translate('fidele.triggers.never')}
                </TableCell>
                <TableCell align="right">{t.firings.totalCount}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Button
                    size="small"
                    aria-label={`${translate('fidele.triggers.show_firings')} ${t.name}`}
                    onClick={() => onShowFirings(t)}
                  >
                    {translate('fidele.triggers.show_firings')}
                  </Button>
                  {mayWrite ? (
                    <>
                      <Button
                        size="small"
                        aria-label={`${translate('fidele.triggers.edit')} ${t.name}`}
                        onClick={() => setEditing(t)}
                      >
                        {translate('fidele.triggers.edit')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        aria-label={`${translate('fidele.triggers.delete')} ${t.name}`}
                        onClick={() => remove.mutate(t)}
                      >
                        {translate('fidele.triggers.delete')}
                      </Button>
                    </>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {result ? <RunResult dryRun={result.dryRun} rows={result.rows} nameOf={nameOf} /> : null}
      {editing ? (
        <TriggerDialog existing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Panel>
  );
};

/** What each trigger did in the run just made. */
const RunResult = ({
  dryRun,
  rows,
  nameOf,
}: {
  dryRun: boolean;
  rows: TriggerRunRow[];
  nameOf: (id: string) => string;
}) => {
  const translate = useTranslate();
  const title = translate(dryRun ? 'fidele.triggers.dry_run_result' : 'fidele.triggers.run_result');
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('fidele.triggers.name')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.matched')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.fired')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.targeted')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.control')}</TableCell>
            <TableCell>{translate('fidele.triggers.excluded')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.trigger} data-trigger={nameOf(r.trigger)}>
              <TableCell>{nameOf(r.trigger)}</TableCell>
              <TableCell align="right">{r.matched}</TableCell>
              <TableCell align="right">{r.fired}</TableCell>
              <TableCell align="right">{r.targeted}</TableCell>
              <TableCell align="right">{r.control}</TableCell>
              <TableCell>
                {r.error ? (
                  <Alert severity="error">{r.error}</Alert>
                ) : (
                  r.excluded.map((e) => `${translate(`fidele.triggers.reasons.${e.reason}`)}: ${e.count}`).join(', ') ||
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Create or edit a trigger; the parameter inputs follow the kind, server errors show under their field. */
const TriggerDialog = ({ existing, onClose }: { existing: TriggerRow | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useTriggers();
  const queryClient = useQueryClient();
  const choices = useQuery({ queryKey: ['triggers', 'choices'], queryFn: () => dp.getTriggerChoices() });
  const [form, setForm] = useState<TriggerForm>(existing ? toTriggerForm(existing) : emptyTriggerForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => dp.saveTrigger(form, existing ?? undefined),
    onSuccess: async () => {
      notify('fidele.triggers.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: listKey });
      onClose();
    },
    onError: (e: Error) => {
      const body = e instanceof HttpError ? (e.body as { errors?: Record<string, string> } | undefined) : undefined;
      setErrors(body?.errors ?? { root: errorText(translate, e) });
    },
  });
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!form.name.trim()) missing.name = translate('fidele.triggers.required');
    if (!form.action) missing.action = translate('fidele.triggers.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  const param = (key: keyof TriggerForm['params']) => ({
    value: form.params[key],
    onChange: (e: { target: { value: string } }) =>
      setForm({ ...form, params: { ...form.params, [key]: e.target.value } }),
    error: !!errors[`params.${key}`],
    helperText: errors[`params.${key}`],
    label: translate(`fidele.triggers.${key}`),
    fullWidth: true,
    margin: 'dense' as const,
  });
  const shown = triggerKinds[form.kind];
  const known = new Set(['name', 'kind', 'action', 'active', ...shown.map((k) => `params.${k}`)]);
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !known.has(k))?.[1];
  const title = existing
    ? translate('fidele.triggers.edit_title', { name: existing.name })
    : translate('fidele.triggers.create_title');
  return (
    <Dialog open onClose={onClose} aria-labelledby="trigger-dialog-title" maxWidth="sm" fullWidth>
      <DialogTitle id="trigger-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.triggers.help')}</DialogContentText>
        <TextField
          label={translate('fidele.triggers.name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={!!errors.name}
          helperText={errors.name}
          fullWidth
          margin="dense"
          required
        />
        <TextField
          select
          label={translate('fidele.triggers.kind')}
          value={form.kind}
          fullWidth
          margin="dense"
          required
          error={!!errors.kind}
          helperText={errors.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as TriggerKind })}
        >
          {(Object.keys(triggerKinds) as TriggerKind[]).map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`fidele.triggers.kinds.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={translate('fidele.triggers.action')}
          value={form.action}
          fullWidth
          margin="dense"
          required
          error={!!errors.action}
          helperText={errors.action}
          onChange={(e) => setForm({ ...form, action: e.target.value })}
        >
          {(choices.data?.actions ?? []).map((a) => (
            <MenuItem key={a.id} value={a.id}>{`${a.code} — ${a.name}`}</MenuItem>
          ))}
        </TextField>
        {shown.includes('days') ? <TextField {...param('days')} type="number" required /> : null}
        {shown.includes('categoryCode') ? (
          <TextField {...param('categoryCode')} select required>
            {(choices.data?.categories ?? []).map((c) => (
              <MenuItem key={c.code} value={c.code}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        {(['from', 'to'] as const)
          .filter((k) => shown.includes(k))
          .map((k) => (
            <TextField
              key={k}
              {...param(k)}
              select
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{translate('fidele.triggers.any')}</MenuItem>
              {segments.map((s) => (
                <MenuItem key={s} value={s}>
                  {translate(`fidele.enum.RfmSegment.${s}`)}
                </MenuItem>
              ))}
            </TextField>
          ))}
        {shown.includes('sinceDays') ? <TextField {...param('sinceDays')} type="number" /> : null}
        <FormControlLabel
          control={<Switch checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />}
          label={translate('fidele.triggers.active')}
        />
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} loading={save.isPending}>
          {translate('fidele.triggers.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** The newest firings of one trigger: the contact, the occurrence, and targeted or why not. */
const Firings = ({ trigger }: { trigger: TriggerRow }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useTriggers();
  const { data, isPending, error } = useQuery({
    queryKey: ['triggers', 'firings', trigger.id],
    queryFn: () => dp.getTriggerFirings(trigger.id),
  });
  const title = translate('fidele.triggers.firings_of', { name: trigger.name });
  const who = (c: { firstName?: string | null; lastName?: string | null; companyName?: string | null }) =>
    [c.firstName, c.lastName].filter(Boolean).join(' ') || c.companyName || translate('fidele.triggers.withheld');
  return (
    <Panel title={title}>
      {isPending ? (
        <Skeleton variant="rectangular" height={80} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.rows.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.triggers.no_firings')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.triggers.fired_at')}</TableCell>
              <TableCell>{translate('fidele.triggers.contact')}</TableCell>
              <TableCell>{translate('fidele.triggers.occurrence')}</TableCell>
              <TableCell>{translate('fidele.triggers.outcome')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.rows.map((f) => (
              <TableRow key={f.id}>
                <TableCell>{new Date(f.firedAt).toLocaleString(locale)}</TableCell>
                <TableCell>{who(f.contact)}</TableCell>
                <TableCell>
                  <code>{f.occurrenceKey}</code>
                </TableCell>
                <TableCell>
                  {f.target ? (
                    <Chip
                      size="small"
                      color="success"
                      label={translate(
                        f.target.inControlGroup ? 'fidele.triggers.control' : 'fidele.triggers.targeted',
                      )}
                    />
                  ) : f.exclusionReason ? (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={translate(`fidele.triggers.reasons.${f.exclusionReason}`)}
                    />
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
