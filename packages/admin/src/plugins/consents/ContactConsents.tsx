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
import { useState } from 'react';
import { HttpError, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useMayRun } from '../../fidele-context';
import { enumChoices } from '../../fields/choices';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import { consentDecisions, purposeTree, type ConsentDecision, type ConsentForm } from './consents-data-provider';
import { useConsentsProvider, usePurposes } from './useConsents';

const statusColor = (status: string) => (status === 'GRANTED' ? 'success' : status === 'DENIED' ? 'error' : 'default');

/**
 * The contact's consents (slot `contacts.show`): the current decision per purpose, the history with source, proof
 * and who recorded it, and buttons to grant, deny or withdraw a purpose for roles that may capture consent.
 */
export const ContactConsents = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<{ id: string }>();
  const dp = useConsentsProvider();
  const { data, isPending, error } = useQuery({
    queryKey: ['consents', 'contact', record?.id],
    queryFn: () => dp.getConsentDetails(record!.id),
    enabled: !!record,
  });
  const [decision, setDecision] = useState<ConsentDecision | null>(null);
  const mayGrant = useMayRun('grantConsent');
  const mayDeny = useMayRun('denyConsent');
  const mayWithdraw = useMayRun('withdrawConsent');
  const allowed: Record<ConsentDecision, boolean> = { grant: mayGrant, deny: mayDeny, withdraw: mayWithdraw };
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const actions = (
    <Stack direction="row" spacing={1}>
      {consentDecisions
        .filter((d) => allowed[d])
        .map((d) => (
          <Button
            key={d}
            size="small"
            variant={d === 'grant' ? 'contained' : 'outlined'}
            color={d === 'grant' ? 'primary' : 'inherit'}
            onClick={() => setDecision(d)}
          >
            {translate(`fidele.consents.${d}`)}
          </Button>
        ))}
    </Stack>
  );
  return (
    <Section title="fidele.consents.title" action={actions}>
      {isPending ? (
        <Skeleton height={40} />
      ) : error ? (
        <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
      ) : (
        <Stack spacing={2}>
          {data.consents.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.consents.none')}
            </Typography>
          ) : (
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ flexWrap: 'wrap' }}
              aria-label={translate('fidele.consents.title')}
            >
              {data.consents.map((c) => (
                <Chip
                  key={c.purpose.code}
                  label={`${c.purpose.name} · ${translate(enumLabelKey('ConsentStatus', c.status))}`}
                  color={statusColor(c.status)}
                  variant={c.status === 'GRANTED' ? 'filled' : 'outlined'}
                  title={translate('fidele.consents.since', { date: date(c.effectiveFrom) })}
                  data-purpose={c.purpose.code}
                  data-status={c.status}
                />
              ))}
            </Stack>
          )}
          <Typography variant="subtitle2" component="h3">
            {translate('fidele.consents.history')}
          </Typography>
          {data.history.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.consents.no_history')}
            </Typography>
          ) : (
            <Table size="small" aria-label={translate('fidele.consents.history')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fidele.consents.captured_at')}</TableCell>
                  <TableCell>{translate('fidele.consents.purpose')}</TableCell>
                  <TableCell>{translate('fidele.consents.status')}</TableCell>
                  <TableCell>{translate('fidele.consents.source')}</TableCell>
                  <TableCell>{translate('fidele.consents.proof')}</TableCell>
                  <TableCell>{translate('fidele.consents.effective_from')}</TableCell>
                  <TableCell>{translate('fidele.consents.captured_by')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.history.map((e, i) => (
                  <TableRow key={i}>
                    <TableCell>{new Date(e.capturedAt).toLocaleString(locale)}</TableCell>
                    <TableCell>{e.purpose.name}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={statusColor(e.status)}
                        label={translate(enumLabelKey('ConsentStatus', e.status))}
                      />
                    </TableCell>
                    <TableCell>{translate(enumLabelKey('ConsentSource', e.source))}</TableCell>
                    <TableCell>{e.proof ?? '—'}</TableCell>
                    <TableCell>
                      {date(e.effectiveFrom)}
                      {e.effectiveTo ? ` → ${date(e.effectiveTo)}` : ''}
                    </TableCell>
                    <TableCell>{e.capturedBy ? `${e.capturedBy.firstName} ${e.capturedBy.lastName}` : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      )}
      {decision && record ? (
        <DecisionDialog decision={decision} contactId={record.id} onClose={() => setDecision(null)} />
      ) : null}
    </Section>
  );
};

const empty: ConsentForm = { purpose: '', source: '', proof: '', effectiveFrom: '', effectiveTo: '' };

/** Grant, deny or withdraw one purpose, with the source of the decision and its proof; the server's messages under the fields. */
const DecisionDialog = ({
  decision,
  contactId,
  onClose,
}: {
  decision: ConsentDecision;
  contactId: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dp = useConsentsProvider();
  const purposes = usePurposes();
  const [form, setForm] = useState<ConsentForm>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => dp.recordConsentDecision(decision, contactId, form),
    onSuccess: async () => {
      notify('fidele.consents.recorded', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['consents', 'contact', contactId] });
      // The decision may reveal or withhold the contact's personal fields: read the record again.
      refresh();
      onClose();
    },
    onError: (e: Error) => {
      const body = e instanceof HttpError ? (e.body as { errors?: Record<string, string> } | undefined) : undefined;
      setErrors(body?.errors ?? { root: translate(e.message, { _: e.message }) });
    },
  });
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!form.purpose) missing.purpose = translate('fidele.consents.required');
    if (!form.source) missing.source = translate('fidele.consents.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  const field = (name: keyof ConsentForm) => ({
    value: form[name] ?? '',
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
    error: !!errors[name],
    helperText: errors[name],
    fullWidth: true,
    margin: 'dense' as const,
  });
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !(k in empty))?.[1];
  return (
    <Dialog open onClose={onClose} aria-labelledby="consent-dialog-title" maxWidth="sm" fullWidth>
      <DialogTitle id="consent-dialog-title">{translate(`fidele.consents.dialog_${decision}`)}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.consents.dialog_help')}</DialogContentText>
        <TextField select label={translate('fidele.consents.purpose')} {...field('purpose')} required>
          {purposeTree(purposes.data ?? []).map(({ purpose, depth }) => (
            <MenuItem key={purpose.code} value={purpose.code} sx={{ pl: 2 + depth * 3 }}>
              {purpose.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={translate('fidele.consents.source')} {...field('source')} required>
          {enumChoices('ConsentSource').map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('fidele.consents.proof')}
          {...field('proof')}
          helperText={errors.proof ?? translate('fidele.consents.proof_help')}
        />
        <Stack direction="row" spacing={2}>
          <TextField
            type="date"
            label={translate('fidele.consents.effective_from')}
            {...field('effectiveFrom')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            label={translate('fidele.consents.effective_to')}
            {...field('effectiveTo')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} loading={save.isPending}>
          {translate('fidele.consents.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
