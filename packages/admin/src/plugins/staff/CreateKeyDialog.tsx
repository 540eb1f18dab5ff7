import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useTranslate } from 'react-admin';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';
import { ApiKeyFormFields } from './ApiKeyFormFields';
import type { ApiKeyForm, CreatedApiKey } from './staff-data-provider';
import { useStaffProvider } from './useStaffProvider';
import { fieldErrorTexts } from '../../api/ra-errors';

const emptyForm: ApiKeyForm = { name: '', brands: [], purposes: [], rateLimitPerMinute: '60', expiresAt: '' };

/** The new-key form's state, its checks (required fields) and its saving, with the server's errors per field. */
const useCreateKey = () => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ApiKeyForm>(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const save = useMutation({
    mutationFn: () => dp.createApiKey(form),
    onSuccess: async (result) => {
      setCreated(result);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'apiKeys'] });
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
    if (!form.name.trim()) missing.name = translate('fidele.staff.required');
    if (form.brands.length === 0) missing.brands = translate('fidele.staff.required');
    if (form.purposes.length === 0) missing.purposes = translate('fidele.staff.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !(k in emptyForm))?.[1];
  return { form, setForm, errors, rootError, created, submit, saving: save.isPending };
};

/** The new-key form, then the key, shown this once, with a copy button and a warning. */
export const CreateKeyDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const { form, setForm, errors, rootError, created, submit, saving } = useCreateKey();
  if (created) {
    return (
      <SecretOnceDialog
        title={translate('fidele.staff.created_title')}
        warning={translate('fidele.staff.created_warning')}
        label={created.apiKey.name}
        secret={created.key}
        labels={{
          copy: translate('fidele.staff.copy'),
          done: translate('fidele.staff.done'),
          copied: 'fidele.staff.copied',
          copyFailed: 'fidele.staff.copy_failed',
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby="key-create-title" maxWidth="sm" fullWidth>
      <DialogTitle id="key-create-title">{translate('fidele.staff.create_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.staff.create_help')}</DialogContentText>
        <ApiKeyFormFields form={form} setForm={setForm} errors={errors} />
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} loading={saving}>
          {translate('fidele.staff.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
