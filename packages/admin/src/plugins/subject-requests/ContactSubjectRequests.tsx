import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { SubjectRequestType } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import { requestPath, useDay, useSubjectRequestsProvider, useT } from './shared';
import type { LogForm } from './subject-requests-data-provider';
import { fieldErrorTexts } from '../../api/ra-errors';

const types = enumValues<SubjectRequestType>()(
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'OBJECTION',
  'PORTABILITY',
);

const today = () => new Date().toISOString().slice(0, 10);

/** The required fields left empty, each with `message`; null when none is. */
function missingFields(form: LogForm, message: string): Record<string, string> | null {
  const missing = (['type', 'receivedAt'] as const).filter((k) => !form[k]);
  return missing.length ? Object.fromEntries(missing.map((k) => [k, message])) : null;
}

/** The form of a new request: its type, the day it arrived (not later than today) and free notes. */
const LogRequestDialog = ({ contact, onClose }: { contact: string; onClose: () => void }) => {
  const t = useT();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const day = useDay();
  const dp = useSubjectRequestsProvider();
  const titleId = useId();
  const [form, setForm] = useState<LogForm>({ type: '', receivedAt: today(), notes: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const missing = missingFields(form, t('required'));
    if (missing) return setErrors(missing);
    setBusy(true);
    try {
      const r = await dp.logSubjectRequest(contact, form);
      notify('fidele.subject_requests.logged', { type: 'success', messageArgs: { date: day(r.dueAt) } });
      navigate(requestPath(r.id));
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) setErrors(fieldErrorTexts(translate, body.errors));
      else notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('log_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={t('type')}
            value={form.type}
            onChange={(e) => setForm({ ...form, type: e.target.value as SubjectRequestType })}
            error={Boolean(errors.type)}
            helperText={errors.type ?? ' '}
          >
            {types.map((v) => (
              <MenuItem key={v} value={v}>
                {translate(enumLabelKey('SubjectRequestType', v))}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            label={t('received')}
            value={form.receivedAt}
            onChange={(e) => setForm({ ...form, receivedAt: e.target.value })}
            error={Boolean(errors.receivedAt)}
            helperText={errors.receivedAt ?? ' '}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today() } }}
          />
          <TextField
            multiline
            minRows={3}
            label={t('notes')}
            value={form.notes ?? ''}
            onChange={(e) => setForm({ ...form, notes: e.target.value })}
            error={Boolean(errors.notes)}
            helperText={errors.notes ?? ' '}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" loading={busy} onClick={submit}>
          {t('log')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** On the contact's page (slot `contacts.show`, admins): "Log a request" opens the form, then the new request. */
export const ContactSubjectRequests = () => {
  const t = useT();
  const record = useRecordContext<{ id: string }>();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <Section
      title="fidele.subject_requests.section"
      action={
        <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
          {t('log')}
        </Button>
      }
    >
      {open ? <LogRequestDialog contact={String(record.id)} onClose={() => setOpen(false)} /> : null}
    </Section>
  );
};
