import { Alert, Box, Button, Card, CardContent, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Title, useNotify, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import { PartnerNotices } from './PartnerNotices';
import { RequestActions } from './RequestActions';
import { DueDate, StatusChip, useDay, useSubjectRequestsProvider, useT } from './shared';
import { artefactFileName, type SubjectRequestDetail } from './subject-requests-data-provider';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 160 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);

/** Saves the artefact as a JSON file (formatted: it is read by people and by the partner's system alike). */
function download(r: SubjectRequestDetail) {
  const text = JSON.stringify(JSON.parse(r.artefact!), null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = artefactFileName(r);
  a.click();
  URL.revokeObjectURL(url);
}

const person = (u: { firstName: string; lastName: string } | null | undefined) =>
  u ? `${u.firstName} ${u.lastName}` : null;

/** The facts of a request: contact, dates, handler, notes and reasons. */
const Facts = ({ r }: { r: SubjectRequestDetail }) => {
  const t = useT();
  const day = useDay();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 3, my: 2 }}>
      <Fact label={t('contact')}>
        {r.contact ? (
          <Link component={RouterLink} to={`/contacts/${encodeURIComponent(r.contact.id)}/show`}>
            {t('open_contact')}
          </Link>
        ) : (
          t('contact_gone')
        )}
      </Fact>
      <Fact label={t('received')}>{day(r.receivedAt)}</Fact>
      <Fact label={t('due')}>
        <DueDate dueAt={r.dueAt} overdue={r.overdue} />
      </Fact>
      <Fact label={t('handler')}>{person(r.handler) ?? t('unassigned')}</Fact>
      <Fact label={t('logged_by')}>{person(r.loggedBy) ?? '—'}</Fact>
      {r.completedAt ? <Fact label={t('completed_at')}>{day(r.completedAt)}</Fact> : null}
      {r.extensionReason ? <Fact label={t('extension_reason')}>{r.extensionReason}</Fact> : null}
      {r.rejectionReason ? <Fact label={t('rejection_reason')}>{r.rejectionReason}</Fact> : null}
      {r.notes ? <Fact label={t('notes')}>{r.notes}</Fact> : null}
    </Stack>
  );
};

/**
 * One subject request (`/subject-requests/:id`): its facts, the actions of an open request, the answer kept
 * (downloadable as JSON) and the partner notices.
 */
export const SubjectRequestPage = () => {
  const t = useT();
  const translate = useTranslate();
  const notify = useNotify();
  const { id = '' } = useParams();
  const dp = useSubjectRequestsProvider();
  const queryClient = useQueryClient();
  const key = ['subject-requests', 'one', id];
  const {
    data: r,
    isPending,
    error,
    refetch,
  } = useQuery({
    queryKey: key,
    queryFn: () => dp.getSubjectRequest(id),
    retry: false,
  });
  const open = r && (r.status === 'RECEIVED' || r.status === 'IN_PROGRESS');
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={t('detail_title')} />
      {isPending ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{translate((error as Error).message)}</Alert> : null}
      {r ? (
        <Card>
          <CardContent>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography variant="h5" component="h1">
                {translate(enumLabelKey('SubjectRequestType', r.type))}
              </Typography>
              <StatusChip status={r.status} />
            </Stack>
            <Facts r={r} />
            {open ? (
              <RequestActions
                request={r}
                onDone={(next, message) => {
                  queryClient.setQueryData(key, next);
                  void queryClient.invalidateQueries({ queryKey: ['subject-requests', 'list'] });
                  void queryClient.invalidateQueries({ queryKey: ['subject-requests', 'overdue'] });
                  notify(`fidele.subject_requests.${message}`, { type: 'success' });
                }}
              />
            ) : null}
          </CardContent>
        </Card>
      ) : null}
      {r ? (
        <Section
          title="fidele.subject_requests.artefact"
          action={
            r.artefact ? (
              <Button variant="outlined" onClick={() => download(r)}>
                {t('download')}
              </Button>
            ) : undefined
          }
        >
          {r.artefact ? null : (
            <Typography variant="body2" color="text.secondary">
              {t('no_artefact')}
            </Typography>
          )}
        </Section>
      ) : null}
      {r && (r.notices.length > 0 || r.type === 'ERASURE' || r.type === 'RECTIFICATION' || r.type === 'RESTRICTION') ? (
        <PartnerNotices notices={r.notices} onChanged={() => void refetch()} />
      ) : null}
    </Stack>
  );
};
