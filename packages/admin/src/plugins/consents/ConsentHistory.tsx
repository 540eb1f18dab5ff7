import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { translatePurpose } from '../../i18n/purpose-labels';
import type { ConsentEventRow } from './consents-data-provider';
import { statusColor } from './statusColor';

/** Every decision on the contact's consents: when, purpose, status, source, proof, period, who captured it. */
export const ConsentHistory = ({ history }: { history: ConsentEventRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  return (
    <Table size="small" aria-label={translate('fidele.consents.history')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('fidele.consents.captured_at')}</TableCell>
          <TableCell>{translate('fidele.consents.purpose')}</TableCell>
          <TableCell>{translate('fidele.consents.status')}</TableCell>
          <TableCell>{translate('fidele.consents.source')}</TableCell>
          <TableCell>{translate('fidele.consents.proof')}</TableCell>
          <TableCell>{translate('fidele.consents.effective_from')}</TableCell>
          <TableCell>{translate('fidele.consents.captured_by')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {history.map((e, i) => (
          <TableRow key={i}>
            <TableCell>{new Date(e.capturedAt).toLocaleString(locale)}</TableCell>
            <TableCell>{translatePurpose(translate, e.purpose)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                variant="outlined"
                color={statusColor(e.status)}
                label={translate(enumLabelKey('ConsentStatus', e.status))}
              />
            </TableCell>
            <TableCell>{translate(enumLabelKey('ConsentSource', e.source))}</TableCell>
            <TableCell>{e.proof ?? '—'}</TableCell>
            <TableCell>
              {date(e.effectiveFrom)}
              {e.effectiveTo ? ` → ${date(e.effectiveTo)}` : ''}
            </TableCell>
            <TableCell>{e.capturedBy ? `${e.capturedBy.firstName} ${e.capturedBy.lastName}` : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
