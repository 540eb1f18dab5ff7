import LockIcon from '@mui/icons-material/LockOutlined';
import { Alert, Chip, Grid, Skeleton, Tooltip, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate, type DataProvider } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { usePurposeLabel } from '../../i18n/purpose-labels';
import { Section } from '../../slots/PluginSlot';
import type { ContactScoreCard, ScoresDataProvider, ValueChoice } from './scores-data-provider';
import { Figure, ValueControls, ValueFigures } from './ValueFigures';

/** The scores' figures: segment, R, F, M, and the predicted value when a model is fitted. */
const ScoreFigures = ({
  score: s,
  choice,
  onChoice,
}: {
  score: ContactScoreCard;
  choice: ValueChoice;
  onChoice: (c: ValueChoice) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
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
      </Grid>
      {pv ? (
        <>
          <ValueControls choice={choice} onChange={onChoice} />
          <ValueFigures score={s} choice={choice} />
        </>
      ) : null}
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
  const purposeLabel = usePurposeLabel();
  const [choice, setChoice] = useState<ValueChoice>({ model: 'BG_NBD', horizon: 12, horizonUnit: 'MONTHS' });
  const { data, isPending, error } = useQuery({
    queryKey: ['scores', 'contact', record?.id, choice],
    queryFn: () => dp.getContactScoreCard(record!.id, choice),
    enabled: !!record,
    retry: false,
    // Keep the card while another model or horizon loads (a Pareto/NBD fit may take seconds the first time).
    placeholderData: keepPreviousData,
  });
  let body: ReactNode;
  if (isPending) body = <Skeleton height={60} />;
  else if (error) body = <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  else if (data.status === 'CONSENT_REQUIRED') {
    body = (
      <Tooltip title={translate('fidele.scores.consent_help', { purpose: purposeLabel(data.purpose) })}>
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
    body = <ScoreFigures score={data.score} choice={choice} onChoice={setChoice} />;
  }
  return <Section title="fidele.scores.title">{body}</Section>;
};
