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
import { Title, useNotify, useTranslate } from 'react-admin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { useMayRun } from '../../fidele-context';
import { enumLabelKey } from '../../i18n/enum-messages';
import { ApiKeyRow } from './ApiKeyRow';
import { CreateKeyDialog } from './CreateKeyDialog';
import { RolePurposesPanel } from './RolePurposesPanel';
import { StaffAccounts } from './StaffAccounts';
import { useStaffProvider } from './useStaffProvider';

/**
 * Staff accounts (create, edit, deactivate, reset a password), the purposes of each role, and partner API keys
 * (admins: the menu entry needs `apiKeys`, which only they may run).
 */
export const StaffPage = () => {
  const administers = useMayRun('staffAccounts');
  const keys = useMayRun('apiKeys');
  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.staff.menu" />
      {administers ? <StaffAccounts /> : <StaffUsers />}
      {useMayRun('rolePurposes') ? <RolePurposesPanel /> : null}
      {keys ? <ApiKeys /> : null}
    </Stack>
  );
};

const StaffUsers = () => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const { data, isPending, error } = useQuery({ queryKey: ['staff', 'users'], queryFn: () => dp.getStaffUsers() });
  return (
    <Panel title="fidele.staff.users">
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error ? (
        <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.staff.no_users')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.staff.name')}</TableCell>
              <TableCell>{translate('fidele.staff.email')}</TableCell>
              <TableCell>{translate('fidele.staff.role')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((u) => (
              <TableRow key={u.id}>
                <TableCell>
                  {u.lastName} {u.firstName}
                </TableCell>
                <TableCell>{u.email}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={translate(enumLabelKey('Role', u.role))}
                    color={u.role === 'ADMIN' ? 'primary' : 'default'}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};

const ApiKeys = () => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({ queryKey: ['staff', 'apiKeys'], queryFn: () => dp.getApiKeys() });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const mayCreate = useMayRun('createApiKey');
  const mayRevoke = useMayRun('revokeApiKey');
  const revoke = useMutation({
    mutationFn: (id: string) => dp.revokeApiKey(id),
    onSuccess: async () => {
      notify('fidele.staff.revoked', { type: 'success' });
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'apiKeys'] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <Panel
      title="fidele.staff.keys"
      action={
        mayCreate ? (
          <Button variant="contained" size="small" onClick={() => setCreating(true)}>
            {translate('fidele.staff.create')}
          </Button>
        ) : null
      }
    >
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error ? (
        <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.staff.no_keys')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.staff.keys')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.staff.key_name')}</TableCell>
              <TableCell>{translate('fidele.staff.prefix')}</TableCell>
              <TableCell>{translate('fidele.staff.brands')}</TableCell>
              <TableCell>{translate('fidele.staff.purposes')}</TableCell>
              <TableCell align="right">{translate('fidele.staff.rate')}</TableCell>
              <TableCell>{translate('fidele.staff.created')}</TableCell>
              <TableCell>{translate('fidele.staff.last_used')}</TableCell>
              <TableCell>{translate('fidele.staff.expires')}</TableCell>
              <TableCell>{translate('fidele.staff.status')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((k) => (
              <ApiKeyRow
                key={k.id}
                apiKey={k}
                onRevoke={mayRevoke ? () => setRevoking({ id: k.id, name: k.name }) : undefined}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {creating ? <CreateKeyDialog onClose={() => setCreating(false)} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={translate('fidele.staff.revoke_title', { name: revoking.name })}
          text={translate('fidele.staff.revoke_help')}
          confirmLabel={translate('fidele.staff.revoke')}
          color="error"
          loading={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking.id)}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </Panel>
  );
};
