import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ReasonDialog } from './ReasonDialog';
import { useSubjectRequestsProvider, useT } from './shared';
import type { SubjectRequestDetail } from './subject-requests-data-provider';

type Dialog = 'extend' | 'complete' | 'reject' | null;

/** A staff user to hand the request to, and the button that does it. */
const AssignControl = ({
  current,
  loading,
  onAssign,
}: {
  current: string;
  loading: boolean;
  onAssign: (handler: string) => void;
}) => {
  const t = useT();
  const dp = useSubjectRequestsProvider();
  const [handler, setHandler] = useState(current);
  const handlers = useQuery({
    queryKey: ['subject-requests', 'handlers'],
    queryFn: () => dp.getSubjectRequestHandlers(),
    staleTime: 60_000,
  });
  return (
    <>
      <TextField
        select
        size="small"
        label={t('assign_to')}
        value={handlers.data ? handler : ''}
        onChange={(e) => setHandler(e.target.value)}
        sx={{ flex: '0 0 260px' }}
      >
        {(handlers.data ?? []).map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.firstName} {u.lastName}
          </MenuItem>
        ))}
      </TextField>
      <Button disabled={!handler || handler === current} loading={loading} onClick={() => onAssign(handler)}>
        {t('assign')}
      </Button>
    </>
  );
};

/**
 * What can be done to an open request: assign it, extend it once, complete it (after a confirmation that says what
 * completing does for its type: an erasure cannot be undone) or reject it with a reason. `onDone` receives the
 * request as the server answered it.
 */
export const RequestActions = ({
  request,
  onDone,
}: {
  request: SubjectRequestDetail;
  onDone: (r: SubjectRequestDetail, message: string) => void;
}) => {
  const t = useT();
  const notify = useNotify();
  const dp = useSubjectRequestsProvider();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<SubjectRequestDetail>, message: string) => {
    setBusy(true);
    try {
      const r = await action();
      setDialog(null);
      onDone(r, message);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
      <AssignControl
        current={request.handler?.id ?? ''}
        loading={busy && dialog === null}
        onAssign={(handler) => run(() => dp.assignSubjectRequest(request, handler), 'saved')}
      />
      <Button disabled={Boolean(request.extensionReason)} onClick={() => setDialog('extend')}>
        {t('extend')}
      </Button>
      <Button variant="contained" onClick={() => setDialog('complete')}>
        {t('complete')}
      </Button>
      <Button color="error" onClick={() => setDialog('reject')}>
        {t('reject')}
      </Button>
      {dialog === 'extend' ? (
        <ReasonDialog
          title={t('extend')}
          help={t('extend_help')}
          confirmLabel={t('extend')}
          loading={busy}
          onSubmit={(reason) => run(() => dp.extendSubjectRequest(request, reason), 'saved')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'reject' ? (
        <ReasonDialog
          title={t('reject')}
          confirmLabel={t('reject')}
          loading={busy}
          onSubmit={(reason) => run(() => dp.rejectSubjectRequest(request, reason), 'saved')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'complete' ? (
        <ConfirmDialog
          title={t('confirm_complete_title')}
          text={t(`confirm_complete_${request.type}`)}
          confirmLabel={t('complete')}
          color={request.type === 'ERASURE' ? 'error' : 'primary'}
          loading={busy}
          onConfirm={() => run(() => dp.completeSubjectRequest(request), 'completed')}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
};
