import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router';
import type { SurveyFieldsFragment } from '@fidele/sdk';
import { useMayRun } from '../../fidele-context';
import { SurveyBuilder } from './SurveyBuilder';
import { statusColor, useSurveys } from './SurveyListPage';
import { SurveyResultsPanel } from './SurveyResultsPanel';
import type { SendReport } from './surveys-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

/** Sends the survey to a segment or to the contacts a search finds; shows who was invited and who was left out. */
const SendDialog = ({ survey, onClose }: { survey: SurveyFieldsFragment; onClose: () => void }) => {
  const translate = useTranslate();
  const dp = useSurveys();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'segment' | 'search'>('search');
  const [segment, setSegment] = useState('');
  const [search, setSearch] = useState('');
  const [report, setReport] = useState<SendReport | null>(null);
  const choices = useQuery({ queryKey: ['surveys', 'choices'], queryFn: () => dp.getSurveyChoices() });
  const send = useMutation({
    mutationFn: () => dp.sendSurvey(survey, mode === 'segment' ? { segment } : { search }),
    onSuccess: (r) => {
      setReport(r);
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="send-survey-title" fullWidth>
      <DialogTitle id="send-survey-title">{translate('fidele.surveys.send_title')}</DialogTitle>
      <DialogContent>
        {report ? (
          <Stack spacing={1} role="status" aria-label={translate('fidele.surveys.send_report')}>
            <Alert severity="success">{translate('fidele.surveys.invited', { smart_count: report.invited })}</Alert>
            <Typography>{translate('fidele.surveys.already_invited', { count: report.alreadyInvited })}</Typography>
            <Typography>
              {translate('fidele.surveys.excluded_consent', { count: report.excludedWithoutConsent })}
            </Typography>
            <Typography>{translate('fidele.surveys.not_found', { count: report.notFound })}</Typography>
          </Stack>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.surveys.consent_note')}
            </Typography>
            <RadioGroup value={mode} onChange={(e) => setMode(e.target.value as 'segment' | 'search')}>
              <FormControlLabel value="search" control={<Radio />} label={translate('fidele.surveys.to_search')} />
              <FormControlLabel value="segment" control={<Radio />} label={translate('fidele.surveys.to_segment')} />
            </RadioGroup>
            {mode === 'segment' ? (
              <TextField
                select
                label={translate('fidele.surveys.segment')}
                value={segment}
                onChange={(e) => setSegment(e.target.value)}
              >
                {(choices.data?.segments ?? []).map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
            ) : (
              <TextField
                label={translate('fidele.surveys.search')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                helperText={translate('fidele.surveys.search_help')}
              />
            )}
            {send.error && <Alert severity="error">{translate(send.error.message, { _: send.error.message })}</Alert>}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate(report ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        {!report && (
          <Button
            variant="contained"
            disabled={send.isPending || (mode === 'segment' && !segment)}
            onClick={() => send.mutate()}
          >
            {translate('fidele.surveys.send')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};

/** One survey: the builder while it is a draft, its results once sent; send and close buttons. */
export const SurveyPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useSurveys();
  const queryClient = useQueryClient();
  const mayWrite = useMayRun('sendSurvey');
  const [sending, setSending] = useState(false);
  const isNew = !id || id === 'new';
  const {
    data: survey,
    isPending,
    error,
  } = useQuery({ queryKey: ['surveys', 'one', id], queryFn: () => dp.getSurvey(id!), enabled: !isNew });
  const close = useMutation({
    mutationFn: () => dp.closeSurvey(survey!),
    onSuccess: () => {
      notify('fidele.surveys.closed', { type: 'info' });
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
  if (isNew)
    return (
      <Stack sx={{ py: 2 }}>
        <Title title={translate('fidele.surveys.new')} />
        <SurveyBuilder survey={null} />
      </Stack>
    );
  if (isPending) return <Skeleton height={200} />;
  if (error || !survey) return <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>;
  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title={survey.name} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button component={Link} to="/surveys">
          {translate('fidele.surveys.back')}
        </Button>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          {survey.name}
        </Typography>
        <Chip color={statusColor(survey.status)} label={translate(enumLabelKey('SurveyStatus', survey.status))} />
        {mayWrite && survey.status !== 'CLOSED' && (
          <Button variant="contained" onClick={() => setSending(true)}>
            {translate('fidele.surveys.send')}
          </Button>
        )}
        {mayWrite && survey.status === 'OPEN' && (
          <Button color="warning" onClick={() => close.mutate()}>
            {translate('fidele.surveys.close')}
          </Button>
        )}
      </Stack>
      {survey.status === 'DRAFT' && mayWrite ? (
        <SurveyBuilder key={survey.version} survey={survey} />
      ) : (
        <SurveyResultsPanel surveyId={survey.id} />
      )}
      {sending && <SendDialog survey={survey} onClose={() => setSending(false)} />}
    </Stack>
  );
};
