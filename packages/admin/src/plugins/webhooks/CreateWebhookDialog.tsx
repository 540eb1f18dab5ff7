import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useTranslate } from 'react-admin';
import { errorText, subscriptionsKey, useWebhooks } from './useWebhooks';
import type { SubscriptionWithSecret, WebhookForm } from './webhooks-data-provider';
import { emptyWebhookForm, WebhookFormFields } from './WebhookFormFields';
import { fieldErrorTexts } from '../../api/ra-errors';

/** The form's state, its checks (required fields) and its saving, with the server's errors per field. */
const useCreateWebhook = (onCreated: (r: SubscriptionWithSecret) => void) => {
  const translate = useTranslate();
  const dp = useWebhooks();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<WebhookForm>(emptyWebhookForm);
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
      const fieldErrors = Object.fromEntries(
        Object.entries(fieldErrorTexts(translate, body?.errors ?? {})).map(([k, v]) => [k.split('.')[0]!, v]),
      );
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
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !(k in emptyWebhookForm))?.[1];
  return { form, setForm, errors, rootError, submit, saving: save.isPending };
};

export const CreateWebhookDialog = ({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (r: SubscriptionWithSecret) => void;
}) => {
  const translate = useTranslate();
  const { form, setForm, errors, rootError, submit, saving } = useCreateWebhook(onCreated);
  return (
    <Dialog open onClose={onClose} aria-labelledby="webhook-create-title" maxWidth="sm" fullWidth>
      <DialogTitle id="webhook-create-title">{translate('fidele.webhooks.create_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.webhooks.create_help')}</DialogContentText>
        <WebhookFormFields form={form} onChange={setForm} errors={errors} />
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} loading={saving}>
          {translate('fidele.webhooks.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
