import type { ActionMedium, PressureRuleInput } from '@fidele/sdk';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { enumChoices } from '../../fields/choices';

/** The form adding a rule: a brand (or all), a medium (or all), at most so many solicitations in so many days. */
export const PressureRuleForm = ({
  brands,
  onAdd,
}: {
  brands: { id: string; name: string }[] | undefined;
  onAdd: (input: PressureRuleInput) => void;
}) => {
  const translate = useTranslate();
  const [brand, setBrand] = useState('');
  const [medium, setMedium] = useState<ActionMedium | ''>('');
  const [max, setMax] = useState('3');
  const [days, setDays] = useState('30');
  const add = () =>
    onAdd({ brand: brand || null, medium: medium || null, maxSolicitations: Number(max), periodDays: Number(days) });
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap', mt: 2 }}
      component="form"
      aria-label={translate('fidele.segments.pressure.add')}
    >
      <TextField
        select
        label={translate('fidele.segments.pressure.brand')}
        value={brand}
        onChange={(e) => setBrand(e.target.value)}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value="">{translate('fidele.segments.all_brands')}</MenuItem>
        {(brands ?? []).map((b) => (
          <MenuItem key={b.id} value={b.id}>
            {b.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('fidele.segments.pressure.medium')}
        value={medium}
        onChange={(e) => setMedium(e.target.value as ActionMedium | '')}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value="">{translate('fidele.segments.pressure.all_media')}</MenuItem>
        {enumChoices('ActionMedium').map((m) => (
          <MenuItem key={m.id} value={m.id}>
            {translate(m.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('fidele.segments.pressure.max')}
        type="number"
        value={max}
        onChange={(e) => setMax(e.target.value)}
        sx={{ width: 140 }}
      />
      <TextField
        label={translate('fidele.segments.pressure.days')}
        type="number"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        sx={{ width: 140 }}
      />
      <Button variant="contained" onClick={add}>
        {translate('fidele.segments.pressure.add')}
      </Button>
    </Stack>
  );
};
