import { Button, Chip, TableCell, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { TriggerRow } from './triggers-data-provider';
import type { Translate } from './useTriggers';
import { enumLabelKey } from '../../i18n/enum-messages';

/** A trigger's parameters in words ("30 days, last 7 days"). */
function paramsSummary(translate: Translate, t: TriggerRow): string {
  const p = t.params;
  const parts: string[] = [];
  if (p.days != null) parts.push(translate('fidele.triggers.summary.days', { days: p.days }));
  if (p.categoryCode) parts.push(translate('fidele.triggers.summary.category', { code: p.categoryCode }));
  if (p.from)
    parts.push(translate('fidele.triggers.summary.from', { segment: translate(`fidele.enum.RfmSegment.${p.from}`) }));
  if (p.to)
    parts.push(translate('fidele.triggers.summary.to', { segment: translate(`fidele.enum.RfmSegment.${p.to}`) }));
  if (p.sinceDays != null) parts.push(translate('fidele.triggers.summary.since', { days: p.sinceDays }));
  return parts.join(', ') || '—';
}

/** One trigger with its buttons (each labelled with the trigger's name); edit and delete for writers only. */
export const TriggerListRow = ({
  trigger: t,
  mayWrite,
  onShowFirings,
  onEdit,
  onDelete,
}: {
  trigger: TriggerRow;
  mayWrite: boolean;
  onShowFirings: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow>
      <TableCell>{t.name}</TableCell>
      <TableCell>{translate(enumLabelKey('TriggerKind', t.kind))}</TableCell>
      <TableCell>{paramsSummary(translate, t)}</TableCell>
      <TableCell>{t.action ? `${t.action.code} — ${t.action.name}` : '—'}</TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          color={t.active ? 'success' : 'default'}
          label={translate(t.active ? 'fidele.triggers.active' : 'fidele.triggers.inactive')}
        />
      </TableCell>
      <TableCell>
        {t.lastRunAt ? new Date(t.lastRunAt).toLocaleString(locale) : translate('fidele.triggers.never')}
      </TableCell>
      <TableCell align="right">{t.firings.totalCount}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Button
          size="small"
          aria-label={`${translate('fidele.triggers.show_firings')} ${t.name}`}
          onClick={onShowFirings}
        >
          {translate('fidele.triggers.show_firings')}
        </Button>
        {mayWrite ? (
          <>
            <Button size="small" aria-label={`${translate('fidele.triggers.edit')} ${t.name}`} onClick={onEdit}>
              {translate('fidele.triggers.edit')}
            </Button>
            <Button
              size="small"
              color="error"
              aria-label={`${translate('fidele.triggers.delete')} ${t.name}`}
              onClick={onDelete}
            >
              {translate('fidele.triggers.delete')}
            </Button>
          </>
        ) : null}
      </TableCell>
    </TableRow>
  );
};
