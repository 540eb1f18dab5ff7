import { Alert, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { Section } from '../../slots/PluginSlot';
import { useDay, useSubjectRequestsProvider, useT } from './shared';
import type { SubjectRequestDetail } from './subject-requests-data-provider';

/**
 * The partners to notify of a rectification, erasure or restriction (GDPR art. 19): each API key that read the
 * contact, its last read, and whether it was told; "Mark as notified" records a notice given by hand.
 */
export const PartnerNotices = ({
  notices,
  onChanged,
}: {
  notices: SubjectRequestDetail['notices'];
  onChanged: () => void;
}) => {
  const t = useT();
  const day = useDay();
  const notify = useNotify();
  const dp = useSubjectRequestsProvider();
  const [busy, setBusy] = useState<string | null>(null);
  const markSent = async (id: string) => {
    setBusy(id);
    try {
      await dp.markPartnerNoticeSent(id);
      onChanged();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section title="fidele.subject_requests.notices">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('notices_help')}
      </Typography>
      {notices.length === 0 ? (
        <Alert severity="info">{t('no_notices')}</Alert>
      ) : (
        <Table size="small" aria-label={t('notices')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('partner')}</TableCell>
              <TableCell>{t('last_disclosed')}</TableCell>
              <TableCell>{t('sent')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {notices.map((n) => (
              <TableRow key={n.id} data-notice={n.id}>
                <TableCell>
                  {n.apiKey.name}{' '}
                  <Typography component="span" variant="caption">
                    ({n.apiKey.prefix})
                  </Typography>
                </TableCell>
                <TableCell>{day(n.lastDisclosedAt)}</TableCell>
                <TableCell>
                  {n.toNotify ? <Chip size="small" color="warning" label={t('to_notify')} /> : day(n.sentAt)}
                </TableCell>
                <TableCell align="right">
                  {n.toNotify ? (
                    <Button size="small" loading={busy === n.id} onClick={() => markSent(n.id)}>
                      {t('mark_sent')}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
