import { enumLabelKey } from '../../i18n/enum-messages';
import { Alert, Chip, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { TriggersPanel as Panel } from './TriggersPanel';
import type { TriggerRow } from './triggers-data-provider';
import { errorText, useTriggers } from './useTriggers';

/** The newest firings of one trigger: the contact, the occurrence, and targeted or why not. */
export const Firings = ({ trigger }: { trigger: TriggerRow }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useTriggers();
  const { data, isPending, error } = useQuery({
    queryKey: ['triggers', 'firings', trigger.id],
    queryFn: () => dp.getTriggerFirings(trigger.id),
  });
  const title = translate('fidele.triggers.firings_of', { name: trigger.name });
  const who = (c: { firstName?: string | null; lastName?: string | null; companyName?: string | null }) =>
    [c.firstName, c.lastName].filter(Boolean).join(' ') || c.companyName || translate('fidele.triggers.withheld');
  return (
    <Panel title={title}>
      {isPending ? (
        <Skeleton variant="rectangular" height={80} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.rows.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.triggers.no_firings')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.triggers.fired_at')}</TableCell>
              <TableCell>{translate('fidele.triggers.contact')}</TableCell>
              <TableCell>{translate('fidele.triggers.occurrence')}</TableCell>
              <TableCell>{translate('fidele.triggers.outcome')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.rows.map((f) => (
              <TableRow key={f.id}>
                <TableCell>{new Date(f.firedAt).toLocaleString(locale)}</TableCell>
                <TableCell>{who(f.contact)}</TableCell>
                <TableCell>
                  <code>{f.occurrenceKey}</code>
                </TableCell>
                <TableCell>
                  {f.target ? (
                    <Chip
                      size="small"
                      color="success"
                      label={translate(
                        f.target.inControlGroup ? 'fidele.triggers.control' : 'fidele.triggers.targeted',
                      )}
                    />
                  ) : f.exclusionReason ? (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={translate(enumLabelKey('ExclusionReason', f.exclusionReason))}
                    />
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
