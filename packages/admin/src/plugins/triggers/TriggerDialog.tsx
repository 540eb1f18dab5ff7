import type { TriggerKind } from '@fidele/sdk';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { TriggerParamFields } from './TriggerParamFields';
import { triggerKinds, type TriggerRow } from './triggers-data-provider';
import { useTriggerForm } from './useTriggerForm';
import { useTriggers } from './useTriggers';
import { enumLabelKey } from '../../i18n/enum-messages';

/** Create or edit a trigger; the parameter inputs follow the kind, server errors show under their field. */
export const TriggerDialog = ({ existing, onClose }: { existing: TriggerRow | null; onClose: () => void }) => {
  const translate = useTranslate();
  const dp = useTriggers();
  const choices = useQuery({ queryKey: ['triggers', 'choices'], queryFn: () => dp.getTriggerChoices() });
  const { form, setForm, errors, rootError, submit, saving } = useTriggerForm(existing, onClose);
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
              {translate(enumLabelKey('TriggerKind', k))}
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
        <TriggerParamFields
          form={form}
          onChange={setForm}
          errors={errors}
          categories={choices.data?.categories ?? []}
        />
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
        <Button variant="contained" onClick={submit} loading={saving}>
          {translate('fidele.triggers.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
