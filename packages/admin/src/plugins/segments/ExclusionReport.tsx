import { enumLabelKey } from '../../i18n/enum-messages';
import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TargetingReport } from './segments-data-provider';
import { exclusionDetail } from './exclusion-detail';

/** The contact's name, or a placeholder when its consent withholds its identity from your purpose. */
const name = (
  c: { lastName?: string | null; firstName?: string | null; companyName?: string | null },
  withheld: string,
) => [c.firstName, c.lastName].filter(Boolean).join(' ') || c.companyName || withheld;

/** A targeting run's report: how many were targeted and held out, the excluded by reason, the first exclusions. */
export const ExclusionReport = ({ run }: { run: TargetingReport }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} component="section" aria-label={translate('fidele.segments.report.title')}>
      <Alert severity={run.dryRun ? 'info' : 'success'} data-testid="targeting-summary">
        {translate(run.dryRun ? 'fidele.segments.report.summary_dry' : 'fidele.segments.report.summary', {
          candidates: run.candidateCount,
          targeted: run.targetedCount,
          control: run.controlCount,
          excluded: run.excludedCount,
        })}
      </Alert>
      <Typography variant="subtitle1" component="h3">
        {translate('fidele.segments.report.by_reason')}
      </Typography>
      {run.exclusionCounts.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fidele.segments.report.none_excluded')}
        </Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.segments.report.by_reason')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.segments.report.reason')}</TableCell>
              <TableCell align="right">{translate('fidele.segments.report.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {run.exclusionCounts.map((r) => (
              <TableRow key={r.reason} data-reason={r.reason}>
                <TableCell>{translate(enumLabelKey('ExclusionReason', r.reason))}</TableCell>
                <TableCell align="right">{r.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {'exclusions' in run && run.exclusions.edges.length > 0 && (
        <>
          <Typography variant="subtitle1" component="h3">
            {translate('fidele.segments.report.first_exclusions')}
          </Typography>
          <Table size="small" aria-label={translate('fidele.segments.report.first_exclusions')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('fidele.segments.report.contact')}</TableCell>
                <TableCell>{translate('fidele.segments.report.reason')}</TableCell>
                <TableCell>{translate('fidele.segments.report.detail')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {run.exclusions.edges.map(({ node }) => (
                <TableRow key={node.contact.id}>
                  <TableCell>{name(node.contact, translate('fidele.segments.withheld'))}</TableCell>
                  <TableCell>{translate(enumLabelKey('ExclusionReason', node.reason))}</TableCell>
                  <TableCell>{exclusionDetail(node, translate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Stack>
  );
};
