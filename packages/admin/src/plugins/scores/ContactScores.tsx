import LockIcon from '@mui/icons-material/LockOutlined';
import { Alert, Chip, Grid, Skeleton, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate, type DataProvider } from 'react-admin';
import { useSessionState } from '../../fidele-context';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import type { ContactScoreCard, ScoresDataProvider } from './scores-data-provider';

const Figure = ({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) => (
  <Grid size={{ xs: 6, sm: 4, md: 2 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="h6" component="div">
      {value}
    </Typography>
    {detail ? (
      <Typography variant="caption" color="text.secondary" component="div">
        {detail}
      </Typography>
    ) : null}
  </Grid>
);

/** The scores' figures: segment, R, F, M, and the predicted value when a model is fitted. */
const ScoreFigures = ({ score: s }: { score: ContactScoreCard }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const pv = s.predictedValue;
  return (
    <>
      <Grid container spacing={2}>
        <Figure
          label={translate('fidele.scores.segment')}
          value={translate(enumLabelKey('RfmSegment', s.segment))}
          detail={`${translate('fidele.scores.rfm')} ${s.rfm}`}
        />
        <Figure
          label={translate('fidele.scores.recency')}
          value={translate('fidele.scores.score_of', { score: s.recencyScore })}
          detail={translate('fidele.scores.recency_value', { days: s.recencyDays })}
        />
        <Figure
          label={translate('fidele.scores.frequency')}
          value={translate('fidele.scores.score_of', { score: s.frequencyScore })}
          detail={translate('fidele.scores.frequency_value', { count: s.frequency })}
        />
        <Figure
          label={translate('fidele.scores.monetary')}
          value={translate('fidele.scores.score_of', { score: s.monetaryScore })}
          detail={money.format(Number(s.monetary))}
        />
        {pv ? (
          <>
            <Figure
              label={translate('fidele.scores.clv')}
              value={<data value={pv.lifetimeValue}>{money.format(pv.lifetimeValue)}</data>}
              detail={`${translate('fidele.scores.expected_purchases')}: ${num.format(pv.expectedPurchases)}`}
            />
            <Figure label={translate('fidele.scores.alive')} value={pct.format(pv.probabilityAlive)} />
          </>
        ) : null}
      </Grid>
      {!pv ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fidele.scores.no_model')}
        </Typography>
      ) : null}
      <Typography variant="caption" color="text.secondary">
        {translate('fidele.scores.snapshot', { date: new Date(s.snapshot.asOf).toLocaleDateString(locale) })}
      </Typography>
    </>
  );
};

/**
 * The contact's latest RFM scores, segment and predicted lifetime value (slot `contacts.show`, for roles the server
 * lets run `contactScore`); a "Consent required" chip when the contact has not consented to profiling.
 */
export const ContactScores = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const dp = useDataProvider<DataProvider & ScoresDataProvider>();
  const purposeNames = useSessionState()?.purposeNames ?? {};
  const { data, isPending, error } = useQuery({
    queryKey: ['scores', 'contact', record?.id],
    queryFn: () => dp.getContactScoreCard(record!.id),
    enabled: !!record,
    retry: false,
  });
  let body: ReactNode;
  if (isPending) body = <Skeleton height={60} />;
  else if (error) body = <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  else if (data.status === 'CONSENT_REQUIRED') {
    body = (
      <Tooltip title={translate('fidele.scores.consent_help', { purpose: purposeNames[data.purpose] ?? data.purpose })}>
        <Chip
          size="small"
          variant="outlined"
          color="warning"
          icon={<LockIcon />}
          label={translate('fidele.scores.consent')}
          data-withheld="CONSENT_REQUIRED"
        />
      </Tooltip>
    );
  } else if (data.status === 'NONE')
    body = (
      <Typography variant="body2" color="text.secondary">
        {translate('fidele.scores.none')}
      </Typography>
    );
  else {
    body = <ScoreFigures score={data.score} />;
  }
  return <Section title="fidele.scores.title">{body}</Section>;
};
