import type { ActionComparisonQuery } from '@fidele/sdk';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  Tooltip,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { useComparisonFormat, type ComparisonFormat, type Interval } from './comparison-format';

type Comparison = ActionComparisonQuery['actionComparison'];
type ComparedAction = Comparison['actions'][number];
type Averages = Comparison['pooled'];

/** The columns, in order: every figure of the API's comparison (translation keys under fidele.analytics.cmp). */
export const comparisonColumns = [
  'action',
  'targeted',
  'cost',
  'responses',
  'response_rate',
  'conversions',
  'conversion_rate',
  'purchase_rate',
  'cost_per_response',
  'cost_per_conversion',
  'delay',
  'channels',
  'control',
  'response_uplift',
  'purchase_uplift',
  'revenue',
  'revenue_per_target',
  'untargeted_responses',
  'untargeted_conversions',
] as const;

/** A figure with, under it, its interval or share in small grey text. */
const Figure = ({ main, sub }: { main: ReactNode; sub?: ReactNode }) => (
  <>
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      {main}
    </Box>
    {sub ? (
      <Box
        component="span"
        sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem', whiteSpace: 'nowrap' }}
      >
        {sub}
      </Box>
    ) : null}
  </>
);

const rate = (f: ComparisonFormat, v: number | null | undefined, i: Interval | null | undefined) => (
  <Figure main={f.pct(v)} sub={i ? f.pctInterval(i) : undefined} />
);

const count = (f: ComparisonFormat, n: number, share: number | null | undefined, shareOf: string) => (
  <Figure main={n} sub={share == null ? undefined : `${f.pct(share)} ${shareOf}`} />
);

/** An uplift, its interval and its test; nothing without a control group. */
type Test = ComparedAction['responseUpliftTest'];

function uplift(
  f: ComparisonFormat,
  translate: (k: string) => string,
  v: number | null | undefined,
  a: Interval | null | undefined,
  b: Test | undefined,
) {
  if (v == null) return '—';
  const test = b
    ? `p ${f.pValue(b.pValue)} (${translate(`fidele.analytics.cmp.test_${b.method}`)})${b.significant ? ' *' : ''}`
    : undefined;
  return <Figure main={f.points(v)} sub={[f.pointsInterval(a), test].filter(Boolean).join(' · ')} />;
}

function ActionRow({ a, f }: { a: ComparedAction; f: ComparisonFormat }) {
  const translate = useTranslate();
  const of = translate('fidele.analytics.cmp.of_total');
  return (
    <TableRow data-small-sample={a.smallSample ? 'true' : undefined}>
      <TableCell>
        {a.action.code} · {a.action.name}
        {a.smallSample ? (
          <Tooltip title={translate('fidele.analytics.cmp.small_sample_help')}>
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              icon={<WarningAmberIcon />}
              label={translate('fidele.analytics.cmp.small_sample')}
              sx={{ ml: 1 }}
            />
          </Tooltip>
        ) : null}
      </TableCell>
      <TableCell align="right">{count(f, a.targeted, a.targetShare, of)}</TableCell>
      <TableCell align="right">
        <Figure main={f.money(a.cost)} sub={a.costShare == null ? undefined : `${f.pct(a.costShare)} ${of}`} />
      </TableCell>
      <TableCell align="right">{count(f, a.responses, a.responseShare, of)}</TableCell>
      <TableCell align="right">{rate(f, a.responseRate, a.responseRateInterval)}</TableCell>
      <TableCell align="right">{count(f, a.conversions, a.conversionShare, of)}</TableCell>
      <TableCell align="right">{rate(f, a.conversionRate, a.conversionRateInterval)}</TableCell>
      <TableCell align="right">{rate(f, a.purchaseRate, a.purchaseRateInterval)}</TableCell>
      <TableCell align="right">{f.money(a.costPerResponse)}</TableCell>
      <TableCell align="right">{f.money(a.costPerConversion)}</TableCell>
      <TableCell align="right">
        <Figure
          main={f.number(a.meanResponseDelayDays)}
          sub={`${translate('fidele.analytics.cmp.median')} ${f.number(a.medianResponseDelayDays)}`}
        />
      </TableCell>
      <TableCell>
        {a.channels.map((c) => (
          <Box key={c.channel} component="span" sx={{ display: 'block', whiteSpace: 'nowrap', fontSize: '0.8rem' }}>
            {translate(enumLabelKey('ResponseChannel', c.channel), { _: c.channel })} {c.responses} ({f.pct(c.share)})
          </Box>
        ))}
      </TableCell>
      <TableCell align="right">
        <Figure main={a.controlTargeted} sub={a.controlTargeted ? rate(f, a.controlResponseRate, null) : undefined} />
      </TableCell>
      <TableCell align="right">
        {uplift(f, translate, a.responseUplift, a.responseUpliftInterval, a.responseUpliftTest)}
      </TableCell>
      <TableCell align="right">
        {uplift(f, translate, a.purchaseUplift, a.purchaseUpliftInterval, a.purchaseUpliftTest)}
      </TableCell>
      <TableCell align="right">
        <Figure
          main={f.money(a.attributedRevenue)}
          sub={a.revenueShare == null ? undefined : `${f.pct(a.revenueShare)} ${of}`}
        />
      </TableCell>
      <TableCell align="right">{f.money(a.targeted ? a.attributedRevenue / a.targeted : null)}</TableCell>
      {/* Responses from people the action did not target (press coupon, web form): apart from the figures above. */}
      <TableCell align="right">{a.untargetedResponses}</TableCell>
      <TableCell align="right">
        <Figure
          main={a.untargetedConversions}
          sub={a.untargetedResponses ? f.pct(a.untargetedConversionRate) : undefined}
        />
      </TableCell>
    </TableRow>
  );
}

/** A row of averages (pooled or plain): rates, costs, delay and revenue; counts are left blank. */
function AverageRow({ label, help, m, f }: { label: string; help: string; m: Averages; f: ComparisonFormat }) {
  const translate = useTranslate();
  const blank = <TableCell />;
  return (
    <TableRow sx={{ '& td': { fontWeight: 500 } }}>
      <TableCell>
        <Tooltip title={translate(help)}>
          <span>{translate(label)}</span>
        </Tooltip>
      </TableCell>
      {blank}
      {blank}
      {blank}
      <TableCell align="right">{rate(f, m.responseRate, m.responseRateInterval)}</TableCell>
      {blank}
      <TableCell align="right">{rate(f, m.conversionRate, m.conversionRateInterval)}</TableCell>
      <TableCell align="right">{rate(f, m.purchaseRate, m.purchaseRateInterval)}</TableCell>
      <TableCell align="right">{f.money(m.costPerResponse)}</TableCell>
      <TableCell align="right">{f.money(m.costPerConversion)}</TableCell>
      <TableCell align="right">{f.number(m.meanResponseDelayDays)}</TableCell>
      {blank}
      {blank}
      {blank}
      {blank}
      <TableCell align="right">
        <Figure main={f.money(m.attributedRevenue)} sub={translate('fidele.analytics.cmp.per_action')} />
      </TableCell>
      <TableCell align="right">{f.money(m.revenuePerTarget)}</TableCell>
      {blank}
      {blank}
    </TableRow>
  );
}

/**
 * Every figure of each action with targets or untargeted responses (press, web: their own two columns), with its shares of the totals and the intervals of its rates and uplifts,
 * a warning on actions whose groups are too small, then the pooled and plain averages side by side and the totals.
 */
export const ComparisonTable = ({ comparison, rows }: { comparison: Comparison; rows: readonly ComparedAction[] }) => {
  const translate = useTranslate();
  const f = useComparisonFormat();
  const t = comparison.totals;
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('fidele.analytics.comparison_table')}>
        <TableHead>
          <TableRow>
            {comparisonColumns.map((k) => (
              <TableCell key={k} align={k === 'action' || k === 'channels' ? 'left' : 'right'}>
                {translate(`fidele.analytics.cmp.${k}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => (
            <ActionRow key={a.action.id} a={a} f={f} />
          ))}
        </TableBody>
        <TableFooter sx={{ '& td': { color: 'text.primary', fontSize: '0.875rem' } }}>
          <AverageRow
            label="fidele.analytics.cmp.pooled"
            help="fidele.analytics.cmp.pooled_help"
            m={comparison.pooled}
            f={f}
          />
          <AverageRow
            label="fidele.analytics.cmp.plain"
            help="fidele.analytics.cmp.plain_help"
            m={comparison.averages}
            f={f}
          />
          <TableRow sx={{ '& td': { fontWeight: 600 } }}>
            <TableCell>{translate('fidele.analytics.cmp.total', { smart_count: t.actions })}</TableCell>
            <TableCell align="right">{t.targeted}</TableCell>
            <TableCell align="right">{f.money(t.cost)}</TableCell>
            <TableCell align="right">{t.responses}</TableCell>
            <TableCell />
            <TableCell align="right">{t.conversions}</TableCell>
            <TableCell colSpan={9} />
            <TableCell align="right">{f.money(t.attributedRevenue)}</TableCell>
            <TableCell />
            <TableCell align="right">{t.untargetedResponses}</TableCell>
            <TableCell align="right">{t.untargetedConversions}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </TableContainer>
  );
};
