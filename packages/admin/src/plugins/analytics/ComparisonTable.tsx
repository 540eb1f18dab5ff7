import type { ActionComparisonQuery } from '@fidele/sdk';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

type ComparedAction = ActionComparisonQuery['actionComparison']['actions'][number];

/** The figures of each targeted action. */
export const ComparisonTable = ({ rows }: { rows: readonly ComparedAction[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {[
            'action',
            'targeted',
            'responses',
            'response_rate',
            'conversions',
            'conversion_rate',
            'cost_per_response',
            'revenue',
          ].map((k) => (
            <TableCell key={k} align={k === 'action' ? 'left' : 'right'}>
              {translate(`fidele.actions.${k}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((a) => (
          <TableRow key={a.action.id}>
            <TableCell>
              {a.action.code} · {a.action.name}
            </TableCell>
            <TableCell align="right">{a.targeted}</TableCell>
            <TableCell align="right">{a.responses}</TableCell>
            <TableCell align="right">{a.responseRate == null ? '—' : pct.format(a.responseRate)}</TableCell>
            <TableCell align="right">{a.conversions}</TableCell>
            <TableCell align="right">{a.conversionRate == null ? '—' : pct.format(a.conversionRate)}</TableCell>
            <TableCell align="right">{a.costPerResponse == null ? '—' : money.format(a.costPerResponse)}</TableCell>
            <TableCell align="right">{money.format(a.attributedRevenue)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
