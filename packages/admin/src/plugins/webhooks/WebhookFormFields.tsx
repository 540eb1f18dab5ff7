import type { BrandFieldsFragment } from '@fidele/sdk';
import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { webhookEvents, type WebhookForm } from './webhooks-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

export const emptyWebhookForm: WebhookForm = { name: '', url: '', brand: '', events: [] };

/** A subscription's name, URL, brand (or every brand) and events, each with its error. */
export const WebhookFormFields = ({
  form,
  onChange,
  errors,
}: {
  form: WebhookForm;
  onChange: (form: WebhookForm) => void;
  errors: Record<string, string>;
}) => {
  const translate = useTranslate();
  const brands = useGetList<BrandFieldsFragment>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <>
      <TextField
        label={translate('fidele.webhooks.name')}
        value={form.name}
        onChange={(e) => onChange({ ...form, name: e.target.value })}
        error={!!errors.name}
        helperText={errors.name}
        fullWidth
        margin="dense"
        required
      />
      <TextField
        label={translate('fidele.webhooks.url')}
        value={form.url}
        onChange={(e) => onChange({ ...form, url: e.target.value })}
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
        onChange={(e) => onChange({ ...form, brand: e.target.value })}
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
        onChange={(e) => onChange({ ...form, events: e.target.value as unknown as string[] })}
        error={!!errors.events}
        helperText={errors.events}
        slotProps={{ select: { multiple: true } }}
      >
        {webhookEvents.map((e) => (
          <MenuItem key={e} value={e}>
            {translate(enumLabelKey('WebhookEventType', e))}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
};
