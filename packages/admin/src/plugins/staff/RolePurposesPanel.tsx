import type { Role } from '@fidele/sdk';
import { Alert, Button, MenuItem, Skeleton, Table, TableBody, TableCell, TableRow, TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Panel } from '../../components/Panel';
import { enumLabelKey } from '../../i18n/enum-messages';
import { translatePurpose } from '../../i18n/purpose-labels';
import type { RolePurposesRow } from './staff-accounts-provider';
import { useStaffProvider } from './useStaffProvider';

/** One role's purposes: a multiple select and its own Save (each save is one audited change). */
const RolePurposesLine = ({ row, names }: { row: RolePurposesRow; names: { code: string; name: string }[] }) => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<string[]>(row.purposes);
  const save = useMutation({
    mutationFn: () => dp.setRolePurposes(row.role as Role, value),
    onSuccess: async () => {
      notify('fidele.staff.role_purposes_saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['staff', 'rolePurposes'] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const label = translate(enumLabelKey('Role', row.role));
  return (
    <TableRow data-role={row.role}>
      <TableCell sx={{ width: 160 }}>{label}</TableCell>
      <TableCell>
        <TextField
          select
          size="small"
          fullWidth
          label={translate('fidele.staff.purposes')}
          value={value}
          onChange={(e) => setValue(e.target.value as unknown as string[])}
          slotProps={{ select: { multiple: true } }}
        >
          {names.map((p) => (
            <MenuItem key={p.code} value={p.code}>
              {translatePurpose(translate, p)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell sx={{ width: 120 }}>
        <Button
          size="small"
          variant="outlined"
          aria-label={translate('fidele.staff.save_role', { role: label })}
          onClick={() => save.mutate()}
          loading={save.isPending}
        >
          {translate('fidele.staff.save_changes')}
        </Button>
      </TableCell>
    </TableRow>
  );
};

/** Which purposes each role may declare (admins): stored in the database, effective on the next request. */
export const RolePurposesPanel = () => {
  const translate = useTranslate();
  const dp = useStaffProvider();
  const rows = useQuery({ queryKey: ['staff', 'rolePurposes'], queryFn: () => dp.getRolePurposes() });
  const names = useQuery({ queryKey: ['staff', 'purposes'], queryFn: () => dp.getApiKeyPurposes() });
  return (
    <Panel title="fidele.staff.role_purposes">
      {rows.isPending || names.isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : rows.error ? (
        <Alert severity="error">{translate(rows.error.message, { _: rows.error.message })}</Alert>
      ) : (
        <Table size="small" aria-label={translate('fidele.staff.role_purposes')}>
          <TableBody>
            {rows.data.map((r) => (
              <RolePurposesLine key={`${r.role}:${r.purposes.join(',')}`} row={r} names={names.data ?? []} />
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
