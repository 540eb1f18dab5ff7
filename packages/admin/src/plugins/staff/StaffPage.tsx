import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  HttpError,
  Title,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';
import { useMayRun } from '../../fidele-context';
import { enumLabelKey } from '../../i18n/enum-messages';
import { keyStatus, type ApiKeyForm, type CreatedApiKey, type StaffDataProvider } from './staff-data-provider';

const useStaffProvider = () => useDataProvider<DataProvider & StaffDataProvider>();

/** Staff users and partner API keys (admins: the menu entry needs `apiKeys`, which only they may run). */
export const StaffPage = () => (
  <Stack spacing={2} sx={{ py: 2 }}>
    <Title title="fidele.staff.menu" />
    <StaffUsers />
    {useMayRun('apiKeys') ? <ApiKeys /> : null}
  </Stack>
);

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
  const [locale] = useLocaleState();
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
  const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString(locale) : '—');
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
            {data.map((k) => {
              const status = keyStatus(k);
              return (
                <TableRow key={k.id} data-status={status}>
                  <TableCell>{k.name}</TableCell>
                  <TableCell>
                    <code>{k.prefix}</code>
                  </TableCell>
                  <TableCell>{k.brandCodes.join(', ')}</TableCell>
                  <TableCell>{k.purposeCodes.join(', ')}</TableCell>
                  <TableCell align="right">{k.rateLimitPerMinute}</TableCell>
                  <TableCell>{date(k.createdAt)}</TableCell>
                  <TableCell>{k.lastUsedAt ? date(k.lastUsedAt) : translate('fidele.staff.never')}</TableCell>
                  <TableCell>{date(k.expiresAt)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={translate(`fidele.staff.${status}`)}
                      color={status === 'ACTIVE' ? 'success' : 'default'}
                      variant="outlined"
                    />
                  </TableCell>
                  <TableCell>
                    {mayRevoke && status !== 'REVOKED' ? (
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setRevoking({ id: k.id, name: k.name })}
                        aria-label={`${translate('fidele.staff.revoke')} ${k.name}`}
                      >
                        {translate('fidele.staff.revoke')}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
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

const emptyForm: ApiKeyForm = { name: '', brands: [], purposes: [], rateLimitPerMinute: '60', expiresAt: '' };

/** The new-key form, then the key, shown this once, with a copy button and a warning. */
const CreateKeyDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const queryClient = useQueryClient();
  const brands = useGetList<{ id: string; code: string; name: string }>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const purposes = useQuery({
    queryKey: ['staff', 'purposes'],
    queryFn: () => dp.getApiKeyPurposes(),
    staleTime: 5 * 60_000,
  });
  const [form, setForm] = useState<ApiKeyForm>(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const save = useMutation({
    mutationFn: () => dp.createApiKey(form),
    onSuccess: async (result) => {
      setCreated(result);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'apiKeys'] });
    },
    onError: (e: Error) => {
      const body = e instanceof HttpError ? (e.body as { errors?: Record<string, string> } | undefined) : undefined;
      setErrors(body?.errors ?? { root: translate(e.message, { _: e.message }) });
    },
  });
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!form.name.trim()) missing.name = translate('fidele.staff.required');
    if (form.brands.length === 0) missing.brands = translate('fidele.staff.required');
    if (form.purposes.length === 0) missing.purposes = translate('fidele.staff.required');
    setErrors(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  if (created) {
    return (
      <SecretOnceDialog
        title={translate('fidele.staff.created_title')}
        warning={translate('fidele.staff.created_warning')}
        label={created.apiKey.name}
        secret={created.key}
        labels={{
          copy: translate('fidele.staff.copy'),
          done: translate('fidele.staff.done'),
          copied: 'fidele.staff.copied',
          copyFailed: 'fidele.staff.copy_failed',
        }}
        onClose={onClose}
      />
    );
  }
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !(k in emptyForm))?.[1];
  return (
    <Dialog open onClose={onClose} aria-labelledby="key-create-title" maxWidth="sm" fullWidth>
      <DialogTitle id="key-create-title">{translate('fidele.staff.create_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.staff.create_help')}</DialogContentText>
        <TextField
          label={translate('fidele.staff.key_name')}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={!!errors.name}
          helperText={errors.name}
          fullWidth
          margin="dense"
          required
        />
        <TextField
          select
          label={translate('fidele.staff.brands')}
          value={form.brands}
          fullWidth
          margin="dense"
          required
          onChange={(e) => setForm({ ...form, brands: e.target.value as unknown as string[] })}
          error={!!errors.brands}
          helperText={errors.brands}
          slotProps={{ select: { multiple: true } }}
        >
          {(brands.data ?? []).map((b) => (
            <MenuItem key={b.id} value={b.id}>
              {b.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={translate('fidele.staff.purposes')}
          value={form.purposes}
          fullWidth
          margin="dense"
          required
          onChange={(e) => setForm({ ...form, purposes: e.target.value as unknown as string[] })}
          error={!!errors.purposes}
          helperText={errors.purposes}
          slotProps={{ select: { multiple: true } }}
        >
          {(purposes.data ?? []).map((p) => (
            <MenuItem key={p.code} value={p.code}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction="row" spacing={2}>
          <TextField
            type="number"
            label={translate('fidele.staff.rate')}
            value={form.rateLimitPerMinute ?? ''}
            margin="dense"
            fullWidth
            onChange={(e) => setForm({ ...form, rateLimitPerMinute: e.target.value })}
            error={!!errors.rateLimitPerMinute}
            helperText={errors.rateLimitPerMinute}
          />
          <TextField
            type="date"
            label={translate('fidele.staff.expires')}
            value={form.expiresAt ?? ''}
            margin="dense"
            fullWidth
            onChange={(e) => setForm({ ...form, expiresAt: e.target.value })}
            error={!!errors.expiresAt}
            helperText={errors.expiresAt}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} loading={save.isPending}>
          {translate('fidele.staff.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
