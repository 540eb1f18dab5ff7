import { Alert, Box, Chip, Grid, MenuItem, TextField, Tooltip, Typography } from '@mui/material';
import type { HorizonUnit, PurchaseModel } from '@fidele/sdk';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ContactScoreCard, ValueChoice } from './scores-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

export const PURCHASE_MODELS: PurchaseModel[] = ['BG_NBD', 'MBG_NBD', 'PARETO_NBD'];

/** A labelled figure of the scores card. */
export const Figure = ({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) => (
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

/** The model and horizon pickers of the lifetime value. */
export const ValueControls = ({ choice, onChange }: { choice: ValueChoice; onChange: (c: ValueChoice) => void }) => {
  const translate = useTranslate();
  const unit = choice.horizonUnit ?? 'MONTHS';
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 1 }}>
      <TextField
        select
        size="small"
        label={translate('fidele.scores.model')}
        value={choice.model ?? 'BG_NBD'}
        onChange={(e) => onChange({ ...choice, model: e.target.value as PurchaseModel })}
        sx={{ minWidth: 180 }}
      >
        {PURCHASE_MODELS.map((m) => (
          <MenuItem key={m} value={m}>
            {translate(enumLabelKey('PurchaseModel', m))}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="number"
        size="small"
        label={translate('fidele.scores.horizon')}
        value={choice.horizon ?? 12}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n) && n >= 0 && n <= (unit === 'MONTHS' ? 120 : 520)) onChange({ ...choice, horizon: n });
        }}
        slotProps={{ htmlInput: { min: 0, max: unit === 'MONTHS' ? 120 : 520 } }}
        sx={{ width: 110 }}
      />
      <TextField
        select
        size="small"
        label={translate('fidele.scores.horizon_unit')}
        value={unit}
        onChange={(e) => onChange({ ...choice, horizonUnit: e.target.value as HorizonUnit })}
        sx={{ minWidth: 120 }}
      >
        <MenuItem value="WEEKS">{translate('fidele.scores.weeks')}</MenuItem>
        <MenuItem value="MONTHS">{translate('fidele.scores.months')}</MenuItem>
      </TextField>
    </Box>
  );
};

/**
 * The predicted value beside its assumptions: CLV on revenue (and on margin for roles that may read margins),
 * expected purchases, probability alive (with the BG/NBD one-time-buyer caveat), the left-censoring and
 * degenerate-fit flags.
 */
export const ValueFigures = ({ score: s, choice }: { score: ContactScoreCard; choice: ValueChoice }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pv = s.predictedValue;
  if (!pv) return null;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const span = translate(`fidele.scores.span_${choice.horizonUnit === 'WEEKS' ? 'weeks' : 'months'}`, {
    n: choice.horizon ?? 12,
  });
  return (
    <>
      <Grid container spacing={2}>
        <Figure
          label={`${translate('fidele.scores.clv')} (${span})`}
          value={<data value={pv.lifetimeValue}>{money.format(pv.lifetimeValue)}</data>}
          detail={`${translate('fidele.label_colon', { label: translate('fidele.scores.expected_purchases') })} ${num.format(pv.expectedPurchases)}`}
        />
        {pv.marginLifetimeValue !== undefined && pv.marginLifetimeValue !== null ? (
          <Figure
            label={`${translate('fidele.scores.clv_margin')} (${span})`}
            value={<data value={pv.marginLifetimeValue}>{money.format(pv.marginLifetimeValue)}</data>}
          />
        ) : null}
        <Figure
          label={translate('fidele.scores.alive')}
          value={<data value={pv.probabilityAlive}>{pct.format(pv.probabilityAlive)}</data>}
          detail={translate(enumLabelKey('PurchaseModel', pv.model))}
        />
      </Grid>
      {pv.model === 'BG_NBD' && s.repeatPurchases === 0 ? (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="one-time-buyer">
          {translate('fidele.scores.one_time_alive')}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        {pv.leftCensored ? (
          <Tooltip title={translate('fidele.scores.left_censored_help')}>
            <Chip size="small" color="warning" variant="outlined" label={translate('fidele.scores.left_censored')} />
          </Tooltip>
        ) : null}
        {pv.degenerateFit ? (
          <Tooltip title={pv.warnings.map((w) => translate(enumLabelKey('FitWarning', w))).join(' · ')}>
            <Chip size="small" color="error" variant="outlined" label={translate('fidele.scores.degenerate')} />
          </Tooltip>
        ) : null}
      </Box>
      <Box component="details" sx={{ mt: 1 }}>
        <Typography component="summary" variant="caption" color="text.secondary">
          {translate('fidele.scores.assumptions')}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="clv-assumptions">
          {pv.assumptions.map((a) => (
            <Typography component="li" variant="caption" key={a}>
              {translate(`fidele.scores.assumption.${a}`)}
            </Typography>
          ))}
        </Box>
      </Box>
    </>
  );
};
