import type { BrandFieldsFragment } from '@fidele/sdk';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useGetList, useTranslate } from 'react-admin';
import { translatePurpose } from '../../i18n/purpose-labels';
import type { ApiKeyForm } from './staff-data-provider';
import { useStaffProvider } from './useStaffProvider';

type FieldsProps = { form: ApiKeyForm; setForm: (form: ApiKeyForm) => void; errors: Record<string, string> };

/** The key's rate limit (per minute) and expiry date. */
const KeyLimitFields = ({ form, setForm, errors }: FieldsProps) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2}>
      <TextField
        type="number"
        label={translate('fidele.staff.rate')}
        value={form.rateLimitPerMinute ?? ''}
        margin="dense"
        fullWidth
        onChange={(e) => setForm({ ...form, rateLimitPerMinute: e.target.value })}
        error={!!errors.rateLimitPerMinute}
        helperText={errors.rateLimitPerMinute}
      />
      <TextField
        type="date"
        label={translate('fidele.staff.expires')}
        value={form.expiresAt ?? ''}
        margin="dense"
        fullWidth
        onChange={(e) => setForm({ ...form, expiresAt: e.target.value })}
        error={!!errors.expiresAt}
        helperText={errors.expiresAt}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </Stack>
  );
};

/** A new key's name, brands, purposes, rate limit and expiry, each with its error. */
export const ApiKeyFormFields = ({
  form,
  setForm,
  errors,
}: {
  form: ApiKeyForm;
  setForm: (form: ApiKeyForm) => void;
  errors: Record<string, string>;
}) => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const brands = useGetList<BrandFieldsFragment>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const purposes = useQuery({
    queryKey: ['staff', 'purposes'],
    queryFn: () => dp.getApiKeyPurposes(),
    staleTime: 5 * 60_000,
  });
  return (
    <>
      <TextField
        label={translate('fidele.staff.key_name')}
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
        label={translate('fidele.staff.brands')}
        value={form.brands}
        fullWidth
        margin="dense"
        required
        onChange={(e) => setForm({ ...form, brands: e.target.value as unknown as string[] })}
        error={!!errors.brands}
        helperText={errors.brands}
        slotProps={{ select: { multiple: true } }}
      >
        {(brands.data ?? []).map((b) => (
          <MenuItem key={b.id} value={b.id}>
            {b.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('fidele.staff.purposes')}
        value={form.purposes}
        fullWidth
        margin="dense"
        required
        onChange={(e) => setForm({ ...form, purposes: e.target.value as unknown as string[] })}
        error={!!errors.purposes}
        helperText={errors.purposes}
        slotProps={{ select: { multiple: true } }}
      >
        {(purposes.data ?? []).map((p) => (
          <MenuItem key={p.code} value={p.code}>
            {translatePurpose(translate, p)}
          </MenuItem>
        ))}
      </TextField>
      <KeyLimitFields form={form} setForm={setForm} errors={errors} />
    </>
  );
};
