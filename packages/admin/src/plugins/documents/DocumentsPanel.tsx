import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
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
import { useRef, useState } from 'react';
import {
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import type { Role } from '@fidele/sdk';
import { useMayRun, useSessionState } from '../../fidele-context';
import { formatFileSize } from '../../i18n/number-format';
import { Section } from '../../slots/PluginSlot';
import {
  documentRoles,
  type DocumentOwner,
  type DocumentRow,
  type DocumentsDataProvider,
} from './documents-data-provider';

const useDocuments = () => useDataProvider<DataProvider & DocumentsDataProvider>();

/** Who may see a document besides its uploader and admins: roles and named users. */
const ShareDialog = ({ row, onClose }: { row: DocumentRow; onClose: () => void }) => {
  const translate = useTranslate();
  const dp = useDocuments();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(row.sharedWithRoles);
  const [users, setUsers] = useState<string[]>(row.sharedWithUsers.map((u) => u.id));
  const staff = useQuery({ queryKey: ['documents', 'staff'], queryFn: () => dp.getDocumentStaff() });
  const save = useMutation({
    mutationFn: () => dp.setDocumentAccess(row, users, roles),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['documents'] });
      onClose();
    },
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="share-doc-title" fullWidth>
      <DialogTitle id="share-doc-title">
        {translate('fidele.documents.share_title', { name: row.fileName })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormGroup aria-label={translate('fidele.documents.roles')}>
            <FormLabel>{translate('fidele.documents.roles')}</FormLabel>
            {documentRoles
              .filter((r) => r !== 'ADMIN')
              .map((r) => (
                <FormControlLabel
                  key={r}
                  label={translate(`fidele.enum.Role.${r}`, { _: r })}
                  control={
                    <Checkbox
                      checked={roles.includes(r)}
                      onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))}
                    />
                  }
                />
              ))}
          </FormGroup>
          <TextField
            select
            label={translate('fidele.documents.users')}
            value={users}
            slotProps={{ select: { multiple: true } }}
            onChange={(e) =>
              setUsers(typeof e.target.value === 'string' ? e.target.value.split(',') : (e.target.value as string[]))
            }
          >
            {(staff.data ?? []).map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.name}
              </MenuItem>
            ))}
          </TextField>
          {save.error && <Alert severity="error">{translate(save.error.message, { _: save.error.message })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => save.mutate()} disabled={save.isPending}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** One document: name and type, size, who uploaded it and when, with whom it is shared, and its buttons. */
const DocumentTableRow = ({
  row,
  onDownload,
  onShare,
  onDelete,
}: {
  row: DocumentRow;
  onDownload: () => void;
  /** Absent unless the user manages the document. */
  onShare?: () => void;
  /** Absent unless the user manages the document and may delete. */
  onDelete?: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow>
      <TableCell>
        {row.fileName}
        <Typography variant="caption" component="div" color="text.secondary">
          {row.mimeType}
        </Typography>
      </TableCell>
      <TableCell>{formatFileSize(locale, row.sizeBytes)}</TableCell>
      <TableCell>
        {row.uploadedBy ? `${row.uploadedBy.firstName} ${row.uploadedBy.lastName}` : '—'} ·{' '}
        {new Date(row.createdAt).toLocaleDateString(locale)}
      </TableCell>
      <TableCell>
        {[
          ...row.sharedWithRoles.map((r) => translate(`fidele.enum.Role.${r}`, { _: r })),
          ...row.sharedWithUsers.map((u) => `${u.firstName} ${u.lastName}`),
        ].join(', ') || translate('fidele.documents.private')}
      </TableCell>
      <TableCell align="right">
        <Button
          size="small"
          onClick={onDownload}
          aria-label={translate('fidele.documents.download_named', { name: row.fileName })}
        >
          {translate('fidele.documents.download')}
        </Button>
        {onShare && (
          <Button
            size="small"
            onClick={onShare}
            aria-label={translate('fidele.documents.share_named', { name: row.fileName })}
          >
            {translate('fidele.documents.share')}
          </Button>
        )}
        {onDelete && (
          <Button
            size="small"
            color="error"
            onClick={onDelete}
            aria-label={translate('fidele.documents.delete_named', { name: row.fileName })}
          >
            {translate('ra.action.delete')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
};

/** Upload a file to the owner (the server checks its size and type), then reload the list. */
const UploadButton = ({ owner, onUploaded }: { owner: DocumentOwner | null; onUploaded: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useDocuments();
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: (file: File) => dp.uploadDocument(owner!, file),
    onSuccess: () => {
      notify('fidele.documents.uploaded', { type: 'success' });
      onUploaded();
    },
    onError: (e: Error) =>
      notify(translate('fidele.documents.upload_failed', { message: translate(e.message, { _: e.message }) }), {
        type: 'error',
      }),
  });
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={translate('fidele.documents.file')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
          e.target.value = '';
        }}
      />
      <Button size="small" variant="contained" disabled={upload.isPending} onClick={() => input.current?.click()}>
        {translate('fidele.documents.upload')}
      </Button>
    </>
  );
};

/**
 * The documents attached to the record of the page (a contact or a marketing action) that the user may see:
 * upload (the server checks size and type), download, share with roles or users, delete. Slots `contacts.show` and
 * `actions.show`.
 */
const DocumentsPanel = ({ kind }: { kind: 'contact' | 'action' }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const session = useSessionState();
  const dp = useDocuments();
  const queryClient = useQueryClient();
  const [sharing, setSharing] = useState<DocumentRow | null>(null);
  const mayDelete = useMayRun('deleteDocument');
  const owner: DocumentOwner | null = record
    ? kind === 'contact'
      ? { contact: record.id }
      : { action: record.id }
    : null;
  const { data, isPending, error } = useQuery({
    queryKey: ['documents', kind, record?.id],
    queryFn: () => dp.getDocuments(owner!),
    enabled: !!owner,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['documents'] });
  const remove = useMutation({ mutationFn: (row: DocumentRow) => dp.deleteDocument(row), onSuccess: refresh });
  const download = async (row: DocumentRow) => {
    const { fileName, blob } = await dp.downloadDocument(row);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  // Only the uploader or an admin manages a document (the server enforces it).
  const manages = (row: DocumentRow) => session?.user.role === 'ADMIN' || row.uploadedBy?.email === session?.user.email;
  const action = useMayRun('grantDocumentAccess') ? <UploadButton owner={owner} onUploaded={refresh} /> : null;
  return (
    <Section title="fidele.documents.title" action={action}>
      {isPending ? (
        <Skeleton height={40} />
      ) : error ? (
        <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
      ) : data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fidele.documents.none')}
        </Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.documents.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.documents.name')}</TableCell>
              <TableCell>{translate('fidele.documents.size')}</TableCell>
              <TableCell>{translate('fidele.documents.uploaded_by')}</TableCell>
              <TableCell>{translate('fidele.documents.shared_with')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((row) => (
              <DocumentTableRow
                key={row.id}
                row={row}
                onDownload={() => void download(row)}
                onShare={manages(row) ? () => setSharing(row) : undefined}
                onDelete={manages(row) && mayDelete ? () => remove.mutate(row) : undefined}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {sharing && <ShareDialog row={sharing} onClose={() => setSharing(null)} />}
    </Section>
  );
};

export const ContactDocuments = () => <DocumentsPanel kind="contact" />;
export const ActionDocuments = () => <DocumentsPanel kind="action" />;
