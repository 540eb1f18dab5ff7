import {
  Alert,
  Box,
  Card,
  CardContent,
  MenuItem,
  Skeleton,
  Stack,
  TextField,
  Typography,
  useTheme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDecimal, formatPercent } from '../../i18n/number-format';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SurveyResults } from './surveys-data-provider';
import { useSurveys } from './SurveyListPage';

const Figure = ({ label, value, help }: { label: string; value: string; help?: string }) => (
  <Card variant="outlined" sx={{ flex: 1, minWidth: 160 }} role="group" aria-label={label}>
    <CardContent>
      <Typography variant="overline" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" data-figure={label}>
        {value}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary">
          {help}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/** The NPS as one stacked bar: detractors, passives, promoters. */
const NpsBar = ({ nps }: { nps: NonNullable<SurveyResults['nps']> }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const row = [{ name: 'NPS', detractors: nps.detractors, passives: nps.passives, promoters: nps.promoters }];
  return (
    <Box
      sx={{ height: 90 }}
      role="img"
      aria-label={translate('fidele.surveys.nps_chart', {
        promoters: nps.promoters,
        passives: nps.passives,
        detractors: nps.detractors,
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={row} layout="vertical" margin={{ left: 0, right: 16 }}>
          <XAxis type="number" allowDecimals={false} hide />
          <YAxis type="category" dataKey="name" width={40} />
          <Tooltip />
          <Bar
            dataKey="detractors"
            name={translate('fidele.surveys.detractors')}
            stackId="n"
            fill={theme.palette.error.main}
            isAnimationActive={false}
          />
          <Bar
            dataKey="passives"
            name={translate('fidele.surveys.passives')}
            stackId="n"
            fill={theme.palette.grey[500]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="promoters"
            name={translate('fidele.surveys.promoters')}
            stackId="n"
            fill={theme.palette.success.main}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

const Distribution = ({ data }: { data: { value: string; count: number }[] }) => {
  const theme = useTheme();
  return (
    <Box sx={{ height: 160 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={theme.palette.divider} />
          <XAxis dataKey="value" fontSize={12} interval={0} />
          <YAxis allowDecimals={false} width={32} fontSize={12} />
          <Tooltip />
          <Bar dataKey="count" fill={theme.palette.primary.main} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

/**
 * Why the server left figures out: a group smaller than its minimum size (`minGroupSize`) could single a person out,
 * so too few invitations hide everything, too few responses hide the answers' figures. Null when nothing is hidden.
 */
const suppressionNote = (data: SurveyResults, translate: ReturnType<typeof useTranslate>): string | null => {
  if (!data.suppressed) return null;
  const key =
    data.invitationCount == null ? 'fidele.surveys.suppressed_invitations' : 'fidele.surveys.suppressed_responses';
  return translate(key, { min: data.minGroupSize });
};

/** Response rate, satisfaction and NPS, side by side. */
const ResultFigures = ({ data }: { data: SurveyResults }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Figure
        label={translate('fidele.surveys.response_rate')}
        value={formatPercent(locale, data.responseRate)}
        help={
          data.invitationCount == null
            ? undefined
            : translate('fidele.surveys.responses_of', {
                responses: data.responseCount,
                invitations: data.invitationCount,
              })
        }
      />
      <Figure
        label={translate('fidele.surveys.satisfaction')}
        value={formatPercent(locale, data.satisfaction)}
        help={translate('fidele.surveys.satisfaction_help')}
      />
      <Figure label="NPS" value={formatDecimal(locale, data.nps?.score)} help={translate('fidele.surveys.nps_help')} />
    </Stack>
  );
};

/**
 * The figures of a survey, for everyone it was sent to or one segment: response rate, satisfaction (share of
 * ratings in the top two boxes), NPS with its promoters, passives and detractors, and each question's answers.
 * Figures the server suppressed (small groups) show a dash and say why, never a zero.
 */
export const SurveyResultsPanel = ({ surveyId }: { surveyId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useSurveys();
  const [segment, setSegment] = useState('');
  const choices = useQuery({ queryKey: ['surveys', 'choices'], queryFn: () => dp.getSurveyChoices() });
  const { data, isPending, error } = useQuery({
    queryKey: ['surveys', 'results', surveyId, segment],
    queryFn: () => dp.getSurveyResults(surveyId, segment || null),
  });
  return (
    <Card component="section" aria-label={translate('fidele.surveys.results')}>
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" sx={{ alignItems: 'center' }} spacing={2}>
            <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
              {translate('fidele.surveys.results')}
            </Typography>
            <TextField
              select
              size="small"
              label={translate('fidele.surveys.segment')}
              value={segment}
              onChange={(e) => setSegment(e.target.value)}
              sx={{ minWidth: 220 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{translate('fidele.surveys.everyone')}</MenuItem>
              {(choices.data?.segments ?? []).map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {isPending ? (
            <Skeleton height={120} />
          ) : error ? (
            <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
          ) : (
            <>
              {data.suppressed && (
                <Alert severity="info" role="status">
                  {suppressionNote(data, translate)}
                </Alert>
              )}
              <ResultFigures data={data} />
              {data.nps && data.nps.total > 0 && <NpsBar nps={data.nps} />}
              {data.questions.map((q) => (
                <Box key={q.question} component="section" aria-label={q.label}>
                  <Typography variant="subtitle1" component="h3">
                    {q.position}. {q.label}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {q.suppressed
                      ? translate('fidele.surveys.suppressed_question', { min: data.minGroupSize })
                      : translate('fidele.surveys.answer_count', { smart_count: q.answerCount })}
                    {q.meanRating != null &&
                      ` · ${translate('fidele.surveys.mean')} ${formatDecimal(locale, q.meanRating, 2)}`}
                    {q.satisfaction != null &&
                      ` · ${translate('fidele.surveys.satisfaction')} ${formatPercent(locale, q.satisfaction)}`}
                  </Typography>
                  {q.distribution.length > 0 && <Distribution data={q.distribution} />}
                </Box>
              ))}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
