import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  MenuItem,
  Skeleton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate, type DataProvider } from 'react-admin';
import { Link } from 'react-router';
import type { ProposalStatus, Role } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { Panel } from '../../components/Panel';
import { useMayRun } from '../../fidele-context';
import { showValue, type ProposalRow, type StewardshipDataProvider } from './stewardship-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

export const useStewardship = () => useDataProvider<DataProvider & StewardshipDataProvider>();

export const statusColor = (s: ProposalStatus) =>
  s === 'ACCEPTED' ? 'success' : s === 'REJECTED' ? 'error' : s === 'SUPERSEDED' ? 'warning' : 'default';

const contactName = (c: ProposalRow['contact']) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ') || c.companyName || '…';

/** A table of proposals; `decide` adds accept / reject buttons. */
export const ProposalTable = ({
  rows,
  decide,
  label,
}: {
  rows: ProposalRow[];
  decide?: (row: ProposalRow, accept: boolean) => void;
  label: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('fidele.stewardship.contact')}</TableCell>
          <TableCell>{translate('fidele.stewardship.field')}</TableCell>
          <TableCell>{translate('fidele.stewardship.old_value')}</TableCell>
          <TableCell>{translate('fidele.stewardship.new_value')}</TableCell>
          <TableCell>{translate('fidele.stewardship.proposed_by')}</TableCell>
          <TableCell>{translate('fidele.stewardship.status')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-proposal={r.field}>
            <TableCell>
              <Link to={`/contacts/${encodeURIComponent(r.contact.id)}/show`}>{contactName(r.contact)}</Link>
            </TableCell>
            <TableCell>{translate(`resources.contacts.fields.${r.field}`, { _: r.field })}</TableCell>
            <TableCell>{showValue(r.oldValue)}</TableCell>
            <TableCell>{showValue(r.newValue)}</TableCell>
            <TableCell>
              {r.proposedBy ? `${r.proposedBy.firstName} ${r.proposedBy.lastName}` : '—'} ·{' '}
              {new Date(r.createdAt).toLocaleDateString(locale)}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                color={statusColor(r.status)}
                label={translate(enumLabelKey('ProposalStatus', r.status))}
              />
              {r.comment && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {r.comment}
                </Typography>
              )}
            </TableCell>
            <TableCell align="right">
              {decide && r.status === 'PENDING' && (
                <>
                  <Button
                    size="small"
                    variant="contained"
                    onClick={() => decide(r, true)}
                    aria-label={translate('fidele.stewardship.accept_named', { field: r.field })}
                  >
                    {translate('fidele.stewardship.accept')}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    onClick={() => decide(r, false)}
                    aria-label={translate('fidele.stewardship.reject_named', { field: r.field })}
                  >
                    {translate('fidele.stewardship.reject')}
                  </Button>
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const roles = enumValues<Role>()('ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST');

/** Admins choose which contact fields are stewarded, and by which role. */
const StewardedFieldsPanel = () => {
  const translate = useTranslate();
  const dp = useStewardship();
  const queryClient = useQueryClient();
  const [field, setField] = useState('');
  const [role, setRole] = useState<Role>('SUPPORT');
  const { data } = useQuery({ queryKey: ['stewardship', 'fields'], queryFn: () => dp.getStewardedFields() });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['stewardship'] });
  const add = useMutation({
    mutationFn: () => dp.setStewardedField(field, role),
    onSuccess: () => (setField(''), refresh()),
  });
  const remove = useMutation({ mutationFn: (f: string) => dp.removeStewardedField(f), onSuccess: refresh });
  return (
    <Panel title="fidele.stewardship.fields_title">
      <Stack spacing={2}>
        <Table size="small" aria-label={translate('fidele.stewardship.fields_title')}>
          <TableBody>
            {(data?.stewardedFields ?? []).map((f) => (
              <TableRow key={f.field}>
                <TableCell>{translate(`resources.contacts.fields.${f.field}`, { _: f.field })}</TableCell>
                <TableCell>{translate(`fidele.enum.Role.${f.stewardRole}`, { _: f.stewardRole })}</TableCell>
                <TableCell align="right">
                  <IconButton
                    aria-label={translate('fidele.stewardship.unsteward', { field: f.field })}
                    onClick={() => remove.mutate(f.field)}
                  >
                    <DeleteIcon />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={1}>
          <TextField
            select
            size="small"
            label={translate('fidele.stewardship.field')}
            value={field}
            onChange={(e) => setField(e.target.value)}
            sx={{ minWidth: 200 }}
          >
            {(data?.stewardableFields ?? []).map((f) => (
              <MenuItem key={f} value={f}>
                {translate(`resources.contacts.fields.${f}`, { _: f })}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('fidele.stewardship.steward_role')}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            sx={{ minWidth: 180 }}
          >
            {roles.map((r) => (
              <MenuItem key={r} value={r}>
                {translate(`fidele.enum.Role.${r}`, { _: r })}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" disabled={!field || add.isPending} onClick={() => add.mutate()}>
            {translate('fidele.stewardship.add_field')}
          </Button>
        </Stack>
        {add.error && <Alert severity="error">{translate(add.error.message, { _: add.error.message })}</Alert>}
      </Stack>
    </Panel>
  );
};

/** Reject a proposal, with its reason (required: the server's message shows under the field). */
const RejectDialog = ({
  row,
  onClose,
  onRejected,
}: {
  row: ProposalRow;
  onClose: () => void;
  onRejected: () => void;
}) => {
  const translate = useTranslate();
  const dp = useStewardship();
  const [comment, setComment] = useState('');
  const reject = useMutation({ mutationFn: () => dp.rejectProposal(row, comment), onSuccess: onRejected });
  return (
    <Dialog open onClose={onClose} aria-labelledby="reject-title" fullWidth>
      <DialogTitle id="reject-title">{translate('fidele.stewardship.reject_title')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          sx={{ mt: 1 }}
          label={translate('fidele.stewardship.reason')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={!!reject.error}
          helperText={reject.error ? translate(reject.error.message, { _: reject.error.message }) : undefined}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color="error" onClick={() => reject.mutate()} disabled={reject.isPending}>
          {translate('fidele.stewardship.reject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * The data steward's screen: the pending proposals of the fields the user's role stewards (or all of them), with
 * accept and reject (a reason is required), the decided ones, and for admins the list of stewarded fields.
 */
export const ProposalsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useStewardship();
  const queryClient = useQueryClient();
  const [mine, setMine] = useState(true);
  const [rejecting, setRejecting] = useState<ProposalRow | null>(null);
  const mayConfigure = useMayRun('setStewardedField');
  const pending = useQuery({
    queryKey: ['stewardship', 'pending', mine],
    queryFn: () => dp.getProposals({ statuses: ['PENDING'], mine }),
  });
  const decided = useQuery({
    queryKey: ['stewardship', 'decided'],
    queryFn: () => dp.getProposals({ statuses: ['ACCEPTED', 'REJECTED', 'SUPERSEDED'], mine: false }),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['stewardship'] });
  const onError = (e: Error) => notify(translate(e.message, { _: e.message }), { type: 'error' });
  const accept = useMutation({
    mutationFn: (row: ProposalRow) => dp.acceptProposal(row),
    onSuccess: (r) => {
      notify(`fidele.stewardship.done.${r.status}`, { type: r.status === 'ACCEPTED' ? 'success' : 'warning' });
      refresh();
    },
    onError,
  });
  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title={translate('fidele.stewardship.title')} />
      <Panel
        title="fidele.stewardship.pending"
        action={
          <FormControlLabel
            control={<Switch checked={mine} onChange={(e) => setMine(e.target.checked)} />}
            label={translate('fidele.stewardship.mine')}
          />
        }
      >
        {pending.isPending ? (
          <Skeleton height={60} />
        ) : pending.error ? (
          <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
        ) : pending.data.length === 0 ? (
          <Typography color="text.secondary">{translate('fidele.stewardship.none_pending')}</Typography>
        ) : (
          <ProposalTable
            rows={pending.data}
            label={translate('fidele.stewardship.pending')}
            decide={(row, ok) => (ok ? accept.mutate(row) : setRejecting(row))}
          />
        )}
      </Panel>
      <Panel title="fidele.stewardship.history">
        {decided.data?.length ? (
          <ProposalTable rows={decided.data} label={translate('fidele.stewardship.history')} />
        ) : (
          <Typography color="text.secondary">{translate('fidele.stewardship.none_decided')}</Typography>
        )}
      </Panel>
      {mayConfigure && <StewardedFieldsPanel />}
      {rejecting && (
        <RejectDialog
          row={rejecting}
          onClose={() => setRejecting(null)}
          onRejected={() => {
            setRejecting(null);
            refresh();
          }}
        />
      )}
    </Stack>
  );
};
