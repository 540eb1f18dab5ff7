import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { translatePurpose } from '../../i18n/purpose-labels';
import { purposeTree, type ConsentDecision, type ConsentForm } from './consents-data-provider';
import { useConsentsProvider, usePurposes } from './useConsents';
import { fieldErrorTexts } from '../../api/ra-errors';

const empty: ConsentForm = { purpose: '', source: '', proof: '', effectiveFrom: '', effectiveTo: '' };

/** The decision form's state, its checks (purpose and source required) and its saving. */
const useDecisionForm = (decision: ConsentDecision, contactId: string, onClose: () => void) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dp = useConsentsProvider();
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
      setErrors(
        body?.errors ? fieldErrorTexts(translate, body.errors) : { root: translate(e.message, { _: e.message }) },
      );
    },
  });
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!form.purpose) missing.purpose = translate('fidele.consents.required');
    if (!form.source) missing.source = translate('fidele.consents.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  return { form, setForm, errors, submit, saving: save.isPending };
};

/** Grant, deny or withdraw one purpose, with the source of the decision and its proof; the server's messages under the fields. */
export const DecisionDialog = ({
  decision,
  contactId,
  onClose,
}: {
  decision: ConsentDecision;
  contactId: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const purposes = usePurposes();
  const { form, setForm, errors, submit, saving } = useDecisionForm(decision, contactId, onClose);
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
              {translatePurpose(translate, purpose)}
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
        <Button variant="contained" onClick={submit} loading={saving}>
          {translate('fidele.consents.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
