import {
  Alert,
  Link,
  MenuItem,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useCreatePath, useTranslate } from 'react-admin';
import { Panel } from '../../components/Panel';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumLabelKey } from '../../i18n/enum-messages';
import { useRetentionProvider, type RetentionRulePlan } from './retention-data-provider';
import { useRuleLabel } from './RulesPanel';

/** The horizons the page offers, in days. */
export const HORIZONS = [30, 90, 365] as const;

/** Contacts listed per rule (the counts cover them all). */
const LISTED = 50;

/** One rule's plan: its counts, then the soonest contacts with their last activity and purge date. */
const RulePlanSection = ({ plan }: { plan: RetentionRulePlan }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const label = useRuleLabel()(plan.rule);
  const t = (key: string, options?: Record<string, unknown>) => translate(`fidele.retention.${key}`, options);
  return (
    <section aria-label={label} data-plan-rule={plan.rule.kind ?? `purpose:${plan.rule.purpose}`}>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {label}
      </Typography>
      <Typography variant="body2" data-due>
        {t(plan.rule.kind ? 'due_contacts' : 'due_consents', {
          now: plan.dueNow,
          horizon: plan.dueWithinHorizon,
          months: plan.rule.months,
        })}
      </Typography>
      {plan.items.length ? (
        <Table size="small" aria-label={t('due_list', { rule: label })}>
          <TableHead>
            <TableRow>
              {['contact', 'kind', 'last_activity', 'purge_at'].map((k) => (
                <TableCell key={k}>{t(`column_${k}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {plan.items.map((item) => (
              <TableRow key={item.contactId} data-contact={item.contactId}>
                <TableCell>
                  <Link
                    component={RouterLink}
                    to={createPath({ resource: 'contacts', id: item.contactId, type: 'show' })}
                  >
                    {t('contact_link')}
                  </Link>
                </TableCell>
                <TableCell>{translate(enumLabelKey('ContactKind', item.kind))}</TableCell>
                <TableCell>
                  <LocaleDateField record={item} source="lastActivityAt" />
                </TableCell>
                <TableCell data-purge-at>
                  <LocaleDateField record={item} source="purgeAt" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {plan.dueWithinHorizon > plan.items.length ? (
        <Typography variant="caption">
          {t('listed', { shown: plan.items.length, total: plan.dueWithinHorizon })}
        </Typography>
      ) : null}
    </section>
  );
};

/** The dry run: per active rule, what is due today and what becomes due within the chosen horizon. */
export const PlanPanel = () => {
  const translate = useTranslate();
  const dp = useRetentionProvider();
  const [horizon, setHorizon] = useState<number>(90);
  const plan = useQuery({
    queryKey: ['retention', 'plan', horizon],
    queryFn: () => dp.getRetentionPlan(horizon, LISTED),
  });
  const picker = (
    <TextField
      select
      size="small"
      label={translate('fidele.retention.horizon')}
      value={horizon}
      onChange={(e) => setHorizon(Number(e.target.value))}
      sx={{ minWidth: 180 }}
    >
      {HORIZONS.map((d) => (
        <MenuItem key={d} value={d}>
          {translate('fidele.retention.horizon_days', { days: d })}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Panel title="fidele.retention.plan" action={picker}>
      <Typography variant="body2">{translate('fidele.retention.plan_help')}</Typography>
      {plan.isPending ? (
        <Skeleton variant="rectangular" height={160} />
      ) : plan.error ? (
        <Alert severity="error">{translate(plan.error.message, { _: plan.error.message })}</Alert>
      ) : plan.data.rules.length ? (
        plan.data.rules.map((r) => <RulePlanSection key={r.rule.id} plan={r} />)
      ) : (
        <Typography>{translate('fidele.retention.no_rules')}</Typography>
      )}
    </Panel>
  );
};
