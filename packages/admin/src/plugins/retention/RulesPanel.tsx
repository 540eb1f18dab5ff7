import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Panel } from '../../components/Panel';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumLabelKey } from '../../i18n/enum-messages';
import { usePurposeLabel } from '../../i18n/purpose-labels';
import { useRetentionProvider, type RetentionRule } from './retention-data-provider';

/** A rule's name in the reader's language: the contact kind, or the purpose whose consent lapses. */
export const useRuleLabel = () => {
  const translate = useTranslate();
  const purposeLabel = usePurposeLabel();
  return (rule: Pick<RetentionRule, 'kind' | 'purpose'>) =>
    rule.kind
      ? translate(enumLabelKey('ContactKind', rule.kind))
      : translate('fidele.retention.purpose_rule', { purpose: purposeLabel(rule.purpose ?? '') });
};

/** One rule: its months and switch, saved together (one audited change); the field shows the server's refusal. */
const RuleLine = ({ rule }: { rule: RetentionRule }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const label = useRuleLabel()(rule);
  const [months, setMonths] = useState(String(rule.months));
  const [active, setActive] = useState(rule.active);
  const dp = useRetentionProvider();
  const save = useMutation({
    mutationFn: () => dp.setRetentionRule({ kind: rule.kind, purpose: rule.purpose, months: Number(months), active }),
    onSuccess: async () => {
      notify('fidele.retention.rule_saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['retention'] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const problem = (save.error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors?.months;
  const changed = Number(months) !== rule.months || active !== rule.active;
  return (
    <TableRow data-rule={rule.kind ?? `purpose:${rule.purpose}`}>
      <TableCell>{label}</TableCell>
      <TableCell sx={{ width: 200 }}>
        <TextField
          size="small"
          type="number"
          label={translate('fidele.retention.months')}
          value={months}
          onChange={(e) => {
            setMonths(e.target.value);
            save.reset(); // the refusal was for the value before
          }}
          error={Boolean(problem)}
          helperText={problem ? translate('fidele.retention.months_range') : undefined}
          slotProps={{
            htmlInput: { min: 1, max: 240, 'aria-label': translate('fidele.retention.months_of', { rule: label }) },
          }}
        />
      </TableCell>
      <TableCell>
        <FormControlLabel
          control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />}
          label={translate('fidele.retention.active')}
        />
      </TableCell>
      <TableCell>
        <LocaleDateField record={rule} source="updatedAt" />
      </TableCell>
      <TableCell>
        <Button
          size="small"
          variant="outlined"
          disabled={!changed}
          loading={save.isPending}
          aria-label={translate('fidele.retention.save_rule', { rule: label })}
          onClick={() => save.mutate()}
        >
          {translate('fidele.retention.save')}
        </Button>
      </TableCell>
    </TableRow>
  );
};

/** The rules: one line per contact kind or purpose, each editable. */
export const RulesPanel = () => {
  const translate = useTranslate();
  const dp = useRetentionProvider();
  const rules = useQuery({ queryKey: ['retention', 'rules'], queryFn: () => dp.getRetentionRules() });
  return (
    <Panel title="fidele.retention.rules">
      {rules.isPending ? (
        <Skeleton variant="rectangular" height={160} />
      ) : rules.error ? (
        <Alert severity="error">{translate(rules.error.message, { _: rules.error.message })}</Alert>
      ) : (
        <Table size="small" aria-label={translate('fidele.retention.rules')}>
          <TableHead>
            <TableRow>
              {['rule', 'months', 'active', 'updated', 'actions'].map((k) => (
                <TableCell key={k}>{translate(`fidele.retention.column_${k}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rules.data.map((r) => (
              <RuleLine key={`${r.id}:${r.version}`} rule={r} />
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
