import {
  Alert,
  Button,
  Chip,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetList, useNotify, useTranslate } from 'react-admin';
import { Panel } from '../../components/Panel';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { StaffAccount } from './staff-accounts-provider';
import { ResetPasswordDialog, StaffAccountDialog } from './StaffAccountDialog';
import { useStaffProvider } from './useStaffProvider';

/** Names of reference rows by global id (brands, zones), for the table. */
const useNames = (resource: 'brands' | 'zones') => {
  const { data } = useGetList<{ id: string; name: string }>(resource, {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (ids: string[]) => ids.map((id) => data?.find((r) => r.id === id)?.name ?? '…').join(', ');
};

const StatusChip = ({ account: a }: { account: StaffAccount }) => {
  const translate = useTranslate();
  const status = !a.active ? 'inactive' : a.mustChangePassword ? 'must_change' : 'active';
  return (
    <Chip
      size="small"
      variant="outlined"
      color={status === 'active' ? 'success' : 'default'}
      label={translate(`fidele.staff.status_${status}`)}
    />
  );
};

/** One account: names, role, brands, zones, status and its actions. */
const StaffAccountRow = ({
  account: u,
  brands,
  zones,
  onEdit,
  onReset,
  onToggle,
}: {
  account: StaffAccount;
  brands: string;
  zones: string;
  onEdit: () => void;
  onReset: () => void;
  onToggle: () => void;
}) => {
  const translate = useTranslate();
  return (
    <TableRow data-email={u.email}>
      <TableCell>
        {u.lastName} {u.firstName}
      </TableCell>
      <TableCell>{u.email}</TableCell>
      <TableCell>{translate(enumLabelKey('Role', u.role))}</TableCell>
      <TableCell>{brands}</TableCell>
      <TableCell>{zones}</TableCell>
      <TableCell>
        <StatusChip account={u} />
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          <Button size="small" onClick={onEdit}>
            {translate('fidele.staff.edit')}
          </Button>
          <Button size="small" onClick={onReset}>
            {translate('fidele.staff.reset')}
          </Button>
          <Button size="small" color={u.active ? 'error' : 'primary'} onClick={onToggle}>
            {translate(u.active ? 'fidele.staff.deactivate' : 'fidele.staff.reactivate')}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
};

/** Every account (admins): create, edit role, brands and zones, deactivate or reactivate, reset a password. */
export const StaffAccounts = () => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const brandNames = useNames('brands');
  const zoneNames = useNames('zones');
  const { data, isPending, error } = useQuery({
    queryKey: ['staff', 'accounts'],
    queryFn: () => dp.getStaffAccounts(),
  });
  const [editing, setEditing] = useState<StaffAccount | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffAccount | null>(null);
  const toggle = useMutation({
    mutationFn: (a: StaffAccount) => dp.setStaffUserActive(a.id, !a.active),
    onSuccess: async (a) => {
      notify(a.active ? 'fidele.staff.reactivated' : 'fidele.staff.deactivated', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <Panel
      title="fidele.staff.users"
      action={
        <Button variant="contained" size="small" onClick={() => setEditing('new')}>
          {translate('fidele.staff.new_user')}
        </Button>
      }
    >
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error ? (
        <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.staff.no_users')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.staff.users')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.staff.name')}</TableCell>
              <TableCell>{translate('fidele.staff.email')}</TableCell>
              <TableCell>{translate('fidele.staff.role')}</TableCell>
              <TableCell>{translate('fidele.staff.brands')}</TableCell>
              <TableCell>{translate('fidele.staff.zones')}</TableCell>
              <TableCell>{translate('fidele.staff.status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((u) => (
              <StaffAccountRow
                key={u.id}
                account={u}
                brands={brandNames(u.brandIds)}
                zones={zoneNames(u.zoneIds)}
                onEdit={() => setEditing(u)}
                onReset={() => setResetting(u)}
                onToggle={() => toggle.mutate(u)}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {editing ? (
        <StaffAccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {resetting ? <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} /> : null}
    </Panel>
  );
};
