import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import type { ActivityStatus, ActivityType } from '@fidele/sdk';
import { useState } from 'react';
import { useDataProvider, useTranslate, type DataProvider } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { TimelineDataProvider } from './timeline-data-provider';
import { enumValues } from '../../api/enum-values';
import { fieldErrorText } from '../../api/ra-errors';

const types = enumValues<ActivityType>()('CALL', 'EMAIL', 'MEETING', 'VISIT_REPORT', 'NOTE');

/** 'YYYY-MM-DDTHH:mm' of now, local time, for a datetime-local input. */
const localNow = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

type ActivityForm = {
  status: ActivityStatus;
  type: ActivityType;
  occurredAt: string;
  subject: string;
  nextStep: string;
  promised: string;
};

/** The activity's status, type, time, subject, next step and promise. */
const ActivityFields = ({
  form,
  set,
}: {
  form: ActivityForm;
  set: (k: keyof ActivityForm) => (e: { target: { value: string } }) => void;
}) => {
  const translate = useTranslate();
  return (
    <>
      <TextField select label={translate('fidele.timeline.field.status')} value={form.status} onChange={set('status')}>
        <MenuItem value="DONE">{translate('fidele.timeline.done')}</MenuItem>
        <MenuItem value="PLANNED">{translate('fidele.timeline.planned')}</MenuItem>
      </TextField>
      <TextField select label={translate('fidele.timeline.field.type')} value={form.type} onChange={set('type')}>
        {types.map((t) => (
          <MenuItem key={t} value={t}>
            {translate(enumLabelKey('ActivityType', t))}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="datetime-local"
        label={translate('fidele.timeline.field.occurredAt')}
        value={form.occurredAt}
        onChange={set('occurredAt')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        label={translate('fidele.timeline.field.subject')}
        value={form.subject}
        onChange={set('subject')}
        required
      />
      <TextField label={translate('fidele.timeline.field.nextStep')} value={form.nextStep} onChange={set('nextStep')} />
      <TextField
        label={translate('fidele.timeline.field.promised')}
        value={form.promised}
        onChange={set('promised')}
        multiline
      />
    </>
  );
};

/**
 * Logs what happened with the contact (a call, a meeting...) or plans the next contact (status PLANNED: a date in
 * the future, it then shows in your calendar and as the contact's next planned contact). The server checks the
 * rules (future date for a plan, end after start...) and its messages show here.
 */
export const LogActivityDialog = ({ contactId, onDone }: { contactId: string; onDone: () => void }) => {
  const translate = useTranslate();
  const dp = useDataProvider<DataProvider & TimelineDataProvider>();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<ActivityForm>({
    status: 'DONE' as ActivityStatus,
    type: 'CALL' as ActivityType,
    occurredAt: localNow(),
    subject: '',
    nextStep: '',
    promised: '',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const save = async () => {
    try {
      await dp.logActivity({
        contact: contactId,
        type: form.type,
        status: form.status,
        occurredAt: new Date(form.occurredAt).toISOString(),
        subject: form.subject,
        ...(form.nextStep ? { nextStep: form.nextStep } : {}),
        ...(form.promised ? { promised: form.promised } : {}),
      });
      setOpen(false);
      setError(null);
      setForm({ ...form, subject: '', nextStep: '', promised: '' });
      onDone();
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      setError(
        body?.errors
          ? Object.entries(body.errors)
              .map(([k, v]) => `${translate(`fidele.timeline.field.${k}`, { _: k })}: ${fieldErrorText(translate, v)}`)
              .join('; ')
          : (e as Error).message,
      );
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        {translate('fidele.timeline.log')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('fidele.timeline.log')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {error ? <Alert severity="error">{error}</Alert> : null}
            <ActivityFields form={form} set={set} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={() => void save()}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
