import type { PressureRulesQuery } from '@fidele/sdk';
import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';

/** The rules: brand (or all), medium (or all), the cap and its period, and a delete button. */
export const PressureRulesTable = ({
  rules,
  remove,
}: {
  rules: PressureRulesQuery['pressureRules'] | undefined;
  remove: (id: string, version: number) => void;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('fidele.segments.pressure.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('fidele.segments.pressure.brand')}</TableCell>
          <TableCell>{translate('fidele.segments.pressure.medium')}</TableCell>
          <TableCell align="right">{translate('fidele.segments.pressure.max')}</TableCell>
          <TableCell align="right">{translate('fidele.segments.pressure.days')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {(rules ?? []).map((r) => (
          <TableRow key={r.id}>
            <TableCell>{r.brand?.name ?? translate('fidele.segments.all_brands')}</TableCell>
            <TableCell>
              {r.medium
                ? translate(enumLabelKey('ActionMedium', r.medium))
                : translate('fidele.segments.pressure.all_media')}
            </TableCell>
            <TableCell align="right">{r.maxSolicitations}</TableCell>
            <TableCell align="right">{r.periodDays}</TableCell>
            <TableCell align="right">
              <IconButton aria-label={translate('ra.action.delete')} onClick={() => remove(r.id, r.version)}>
                <DeleteIcon />
              </IconButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
