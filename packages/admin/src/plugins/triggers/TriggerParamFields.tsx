import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { triggerKinds, type TriggerForm } from './triggers-data-provider';
import { segments } from './useTriggers';

/** The parameter inputs of the form's kind (days, category, RFM segments, since), each with its error. */
export const TriggerParamFields = ({
  form,
  onChange,
  errors,
  categories,
}: {
  form: TriggerForm;
  onChange: (form: TriggerForm) => void;
  errors: Record<string, string>;
  categories: readonly { code: string; name: string }[];
}) => {
  const translate = useTranslate();
  const param = (key: keyof TriggerForm['params']) => ({
    value: form.params[key],
    onChange: (e: { target: { value: string } }) =>
      onChange({ ...form, params: { ...form.params, [key]: e.target.value } }),
    error: !!errors[`params.${key}`],
    helperText: errors[`params.${key}`],
    label: translate(`fidele.triggers.${key}`),
    fullWidth: true,
    margin: 'dense' as const,
  });
  const shown = triggerKinds[form.kind];
  return (
    <>
      {shown.includes('days') ? <TextField {...param('days')} type="number" required /> : null}
      {shown.includes('categoryCode') ? (
        <TextField {...param('categoryCode')} select required>
          {categories.map((c) => (
            <MenuItem key={c.code} value={c.code}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {(['from', 'to'] as const)
        .filter((k) => shown.includes(k))
        .map((k) => (
          <TextField
            key={k}
            {...param(k)}
            select
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{translate('fidele.triggers.any')}</MenuItem>
            {segments.map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`fidele.enum.RfmSegment.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        ))}
      {shown.includes('sinceDays') ? <TextField {...param('sinceDays')} type="number" /> : null}
    </>
  );
};
