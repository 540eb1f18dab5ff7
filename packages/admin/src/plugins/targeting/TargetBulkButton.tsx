import CampaignIcon from '@mui/icons-material/Campaign';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List as MuiList,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useGetRecordRepresentation,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  type DataProvider,
  type Identifier,
} from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { usePurposeLabel } from '../../i18n/purpose-labels';
import type { TargetableAction, TargetingDataProvider, TargetingReport } from './targeting-data-provider';

const useTargeting = () => useDataProvider<DataProvider & TargetingDataProvider>();

/** Bulk action of the contacts list (slot `contacts.bulkActions`): target the selected contacts with a planned or running action. */
export const TargetBulkButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        startIcon={<CampaignIcon />}
        onClick={() => setOpen(true)}
        disabled={selectedIds.length === 0}
      >
        {translate('fidele.targeting.target')}
      </Button>
      {open ? <TargetDialog ids={selectedIds} onClose={() => setOpen(false)} /> : null}
    </>
  );
};

/** The action to target (with its status), and the purpose its targets must have consented to. */
const ActionChoice = ({
  actions,
  actionId,
  onChange,
}: {
  actions: TargetableAction[] | undefined;
  actionId: string;
  onChange: (id: string) => void;
}) => {
  const translate = useTranslate();
  const purposeLabel = usePurposeLabel();
  const action = actions?.find((a) => a.id === actionId);
  return (
    <>
      {actions && actions.length === 0 ? (
        <Alert severity="info">{translate('fidele.targeting.no_action')}</Alert>
      ) : null}
      <TextField
        select
        fullWidth
        margin="dense"
        label={translate('fidele.targeting.action')}
        value={actionId}
        onChange={(e) => onChange(e.target.value)}
      >
        {(actions ?? []).map((a) => (
          <MenuItem key={a.id} value={a.id}>
            {`${a.code} · ${a.name} (${translate(enumLabelKey('ActionStatus', a.status))})`}
          </MenuItem>
        ))}
      </TextField>
      {action ? (
        <DialogContentText variant="body2">
          {translate('fidele.targeting.requires', { purpose: purposeLabel(action.requiredPurpose) })}
        </DialogContentText>
      ) : null}
    </>
  );
};

/** The listed contacts the channel and pressure rules left out, each with its reason: the others were targeted. */
const RuleExclusions = ({ report, nameOf }: { report: TargetingReport; nameOf: (id: string) => string }) => {
  const translate = useTranslate();
  const title = translate('fidele.targeting.not_targeted', { smart_count: report.excluded.length });
  return (
    <>
      <Alert severity="warning">{title}</Alert>
      <MuiList dense aria-label={title}>
        {report.excluded.map((e) => (
          <ListItem key={e.contactId} disableGutters data-excluded={e.reason}>
            <ListItemText
              primary={nameOf(e.contactId)}
              secondary={translate(enumLabelKey('ExclusionReason', e.reason))}
            />
          </ListItem>
        ))}
      </MuiList>
    </>
  );
};

/** What the targeting did: created (and already targeted, and left out by the rules), or the contacts refused and why. */
const TargetingOutcome = ({
  report,
  done,
  nameOf,
}: {
  report: TargetingReport;
  done: boolean;
  nameOf: (id: string) => string;
}) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} role="status" aria-live="polite">
      {done ? (
        <>
          <Alert severity="success">{translate('fidele.targeting.created', { smart_count: report.created })}</Alert>
          {report.alreadyTargeted ? (
            <Alert severity="info">
              {translate('fidele.targeting.already', { smart_count: report.alreadyTargeted })}
            </Alert>
          ) : null}
          {report.excluded.length ? <RuleExclusions report={report} nameOf={nameOf} /> : null}
        </>
      ) : (
        <>
          <Alert severity="warning">
            {translate('fidele.targeting.refused', { smart_count: report.refused.length })}
            {report.problem ? ` ${report.problem}` : ''}
          </Alert>
          <DialogContentText variant="body2">{translate('fidele.targeting.refused_help')}</DialogContentText>
          <MuiList dense aria-label={translate('fidele.targeting.refused', { smart_count: report.refused.length })}>
            {report.refused.map((r) => (
              <ListItem key={r.contactId} disableGutters data-refused={r.code}>
                <ListItemText
                  primary={nameOf(r.contactId)}
                  secondary={
                    r.reasonCode ? translate(enumLabelKey('ExclusionReason', r.reasonCode), { _: r.reason }) : r.reason
                  }
                  title={r.reason}
                />
              </ListItem>
            ))}
          </MuiList>
        </>
      )}
    </Stack>
  );
};

const TargetDialog = ({ ids, onClose }: { ids: Identifier[]; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dp = useTargeting();
  const { data: records, onUnselectItems } = useListContext();
  const represent = useGetRecordRepresentation('contacts');
  const actions = useQuery({
    queryKey: ['targeting', 'actions'],
    queryFn: () => dp.getTargetableActions(),
    staleTime: 60_000,
  });
  const [actionId, setActionId] = useState('');
  const [report, setReport] = useState<TargetingReport | null>(null);
  const [contactIds, setContactIds] = useState<Identifier[]>(ids);
  const target = useMutation({
    mutationFn: (list: Identifier[]) => dp.targetContacts(actionId, list),
    onSuccess: (r) => setReport(r),
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const nameOf = (id: string) => {
    const record = records?.find((r) => String(r.id) === id);
    return record ? String(represent(record)) : `#${id}`;
  };
  const done = !!report && report.refused.length === 0 && !report.problem;
  const others = report ? contactIds.filter((id) => !report.refused.some((r) => r.contactId === String(id))) : [];
  const close = () => {
    if (done) {
      onUnselectItems();
      refresh();
    }
    onClose();
  };
  return (
    <Dialog open onClose={close} aria-labelledby="target-title" maxWidth="sm" fullWidth>
      <DialogTitle id="target-title">
        {translate('fidele.targeting.title', { smart_count: contactIds.length })}
      </DialogTitle>
      <DialogContent>
        {!report ? (
          <ActionChoice actions={actions.data} actionId={actionId} onChange={setActionId} />
        ) : (
          <TargetingOutcome report={report} done={done} nameOf={nameOf} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate(report ? 'fidele.targeting.close' : 'ra.action.cancel')}</Button>
        {!report ? (
          <Button
            variant="contained"
            disabled={!actionId}
            loading={target.isPending}
            onClick={() => target.mutate(contactIds)}
          >
            {translate('fidele.targeting.confirm')}
          </Button>
        ) : !done && !report.problem && others.length > 0 ? (
          <Button
            variant="contained"
            loading={target.isPending}
            onClick={() => {
              setContactIds(others);
              setReport(null);
              target.mutate(others);
            }}
          >
            {translate('fidele.targeting.retry_others', { smart_count: others.length })}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
};
