import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import {
  emptyTriggerForm,
  toTriggerForm,
  triggerKinds,
  type TriggerForm,
  type TriggerRow,
} from './triggers-data-provider';
import { errorText, listKey, useTriggers } from './useTriggers';
import { fieldErrorTexts } from '../../api/ra-errors';

/** The trigger form's state, its checks (required fields) and its saving, with the server's errors per field. */
export const useTriggerForm = (existing: TriggerRow | null, onClose: () => void) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useTriggers();
  const queryClient = useQueryClient();
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
      setErrors(body?.errors ? fieldErrorTexts(translate, body.errors) : { root: errorText(translate, e) });
    },
  });
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!form.name.trim()) missing.name = translate('fidele.triggers.required');
    if (!form.action) missing.action = translate('fidele.triggers.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  const shown = triggerKinds[form.kind];
  const known = new Set(['name', 'kind', 'action', 'active', ...shown.map((k) => `params.${k}`)]);
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !known.has(k))?.[1];
  return { form, setForm, errors, rootError, submit, saving: save.isPending };
};
