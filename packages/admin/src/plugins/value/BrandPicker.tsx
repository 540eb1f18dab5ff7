import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { useBrandChoice } from './useValue';

/** A brand select; "all brands" for an administrator. */
export const BrandPicker = ({ choice }: { choice: ReturnType<typeof useBrandChoice> }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate('fidele.value.brand')}
      value={choice.brand ?? ''}
      onChange={(e) => choice.setBrand(e.target.value || null)}
      sx={{ flex: '0 0 220px' }}
    >
      {choice.allBrands ? <MenuItem value="">{translate('fidele.value.all_brands')}</MenuItem> : null}
      {choice.brands.map((b) => (
        <MenuItem key={b.id} value={b.id}>
          {b.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
