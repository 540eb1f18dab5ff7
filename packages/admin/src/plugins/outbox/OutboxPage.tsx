import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import type { CaughtMailRow, OutboxDataProvider } from './outbox-data-provider';

/** How many caught messages the page lists (the newest). */
export const OUTBOX_PAGE = 100;

/**
 * The outgoing-mail catcher (development, FIDELE_MAIL=catch): the messages Fidele would have sent, newest first,
 * and a viewer of the one chosen, shown as raw RFC 5322 text (headers included: List-Unsubscribe, ...).
 */
export const OutboxPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useDataProvider<DataProvider & OutboxDataProvider>();
  const [open, setOpen] = useState<CaughtMailRow | null>(null);
  const mails = useQuery({ queryKey: ['caughtMails'], queryFn: () => dp.getCaughtMails(OUTBOX_PAGE) });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('fidele.outbox.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {translate('fidele.outbox.explain')}
          </Typography>
          <Button onClick={() => void mails.refetch()}>{translate('fidele.outbox.refresh')}</Button>
        </Stack>
        {mails.data?.length === 0 && <Typography>{translate('fidele.outbox.empty')}</Typography>}
        {!!mails.data?.length && (
          <Table size="small" aria-label={translate('fidele.outbox.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('fidele.outbox.created_at')}</TableCell>
                <TableCell>{translate('fidele.outbox.recipient')}</TableCell>
                <TableCell>{translate('fidele.outbox.subject')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mails.data.map((m) => (
                <TableRow
                  key={m.id}
                  hover
                  selected={open?.id === m.id}
                  onClick={() => setOpen(m)}
                  sx={{ cursor: 'pointer' }}
                >
                  <TableCell>{new Date(m.createdAt).toLocaleString(locale)}</TableCell>
                  <TableCell>{m.recipient}</TableCell>
                  <TableCell>{m.subject}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {open && (
          <Box component="section" aria-label={translate('fidele.outbox.viewer')} sx={{ mt: 2 }}>
            <Typography variant="h6" component="h2">
              {open.subject}
            </Typography>
            <Box
              component="pre"
              sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12, bgcolor: 'action.hover', p: 1 }}
            >
              {open.raw}
            </Box>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
