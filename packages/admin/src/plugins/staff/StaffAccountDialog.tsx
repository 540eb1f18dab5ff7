import type { Role } from '@fidele/sdk';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useGetList, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { StaffAccount, StaffAccountForm } from './staff-accounts-provider';
import { useStaffProvider } from './useStaffProvider';
import { fieldErrorTexts } from '../../api/ra-errors';

const ROLES: Role[] = ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST'];

const formOf = (a: StaffAccount | null): StaffAccountForm => ({
  email: a?.email ?? '',
  firstName: a?.firstName ?? '',
  lastName: a?.lastName ?? '',
  role: a?.role ?? 'SUPPORT',
  brands: a?.brandIds ?? [],
  zones: a?.zoneIds ?? [],
  temporaryPassword: '',
});

/** The server's errors per field (VALIDATION), or one message. */
const errorsOf = (e: Error, translate: (k: string, o?: object) => string): Record<string, string> => {
  const body = e instanceof HttpError ? (e.body as { errors?: Record<string, string> } | undefined) : undefined;
  return body?.errors ? fieldErrorTexts(translate, body.errors) : { root: translate(e.message, { _: e.message }) };
};

/** A multiple select of reference rows (brands, zones) by global id. */
const RefSelect = ({
  resource,
  label,
  value,
  onChange,
  error,
}: {
  resource: 'brands' | 'zones';
  label: string;
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) => {
  const list = useGetList<{ id: string; name: string }>(resource, {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <TextField
      select
      label={label}
      value={value}
      fullWidth
      margin="dense"
      onChange={(e) => onChange(e.target.value as unknown as string[])}
      error={!!error}
      helperText={error}
      slotProps={{ select: { multiple: true } }}
    >
      {(list.data ?? []).map((r) => (
        <MenuItem key={r.id} value={r.id}>
          {r.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

const RoleSelect = ({ value, onChange }: { value: Role; onChange: (role: Role) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      label={translate('fidele.staff.role')}
      value={value}
      fullWidth
      margin="dense"
      onChange={(e) => onChange(e.target.value as Role)}
    >
      {ROLES.map((r) => (
        <MenuItem key={r} value={r}>
          {translate(enumLabelKey('Role', r))}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Creates a staff user (with a temporary password to hand over) or edits one's names, role, brands and zones. */
export const StaffAccountDialog = ({ account, onClose }: { account: StaffAccount | null; onClose: () => void }) => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<StaffAccountForm>(formOf(account));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => (account ? dp.updateStaffUser(account, form) : dp.createStaffUser(form)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
      onClose();
    },
    onError: (e: Error) => setErrors(errorsOf(e, translate)),
  });
  const text = (key: keyof StaffAccountForm, label: string, type = 'text') => (
    <TextField
      label={translate(label)}
      type={type}
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      error={!!errors[key]}
      helperText={errors[key]}
      fullWidth
      margin="dense"
      required
    />
  );
  const known = ['email', 'firstName', 'lastName', 'role', 'brands', 'zones', 'temporaryPassword'];
  const rootError = errors.root ?? Object.entries(errors).find(([k]) => !known.includes(k))?.[1];
  return (
    <Dialog open onClose={onClose} aria-labelledby="staff-account-title" maxWidth="sm" fullWidth>
      <DialogTitle id="staff-account-title">
        {translate(account ? 'fidele.staff.edit_title' : 'fidele.staff.new_user_title')}
      </DialogTitle>
      <DialogContent>
        {account ? null : (
          <DialogContentText variant="body2">{translate('fidele.staff.new_user_help')}</DialogContentText>
        )}
        {account ? null : text('email', 'fidele.staff.email', 'email')}
        {text('firstName', 'fidele.staff.first_name')}
        {text('lastName', 'fidele.staff.last_name')}
        <RoleSelect value={form.role} onChange={(role) => setForm({ ...form, role })} />
        <RefSelect
          resource="brands"
          label={translate('fidele.staff.brands')}
          value={form.brands}
          onChange={(brands) => setForm({ ...form, brands })}
          error={errors.brands}
        />
        <RefSelect
          resource="zones"
          label={translate('fidele.staff.zones')}
          value={form.zones}
          onChange={(zones) => setForm({ ...form, zones })}
          error={errors.zones}
        />
        {account ? null : text('temporaryPassword', 'fidele.staff.temporary_password')}
        {rootError ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {rootError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => save.mutate()} loading={save.isPending}>
          {translate('fidele.staff.save_changes')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Gives a user a temporary password (their sessions end; they choose their own at next login). */
export const ResetPasswordDialog = ({ account, onClose }: { account: StaffAccount; onClose: () => void }) => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => dp.resetStaffPassword(account.id, password),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
      onClose();
    },
    onError: (e: Error) => setError(Object.values(errorsOf(e, translate)).join(' ')),
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="staff-reset-title" maxWidth="xs" fullWidth>
      <DialogTitle id="staff-reset-title">
        {translate('fidele.staff.reset_title', { name: `${account.firstName} ${account.lastName}` })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{translate('fidele.staff.reset_help')}</DialogContentText>
        <TextField
          label={translate('fidele.staff.temporary_password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={!!error}
          helperText={error}
          fullWidth
          margin="dense"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => save.mutate()} loading={save.isPending}>
          {translate('fidele.staff.reset')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
