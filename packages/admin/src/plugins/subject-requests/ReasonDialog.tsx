import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useT } from './shared';

/**
 * Asks for the reason of an extension or a rejection (required, at most 2,000 characters, as the server checks),
 * then calls `onSubmit`; the button spins while `loading`.
 */
export const ReasonDialog = ({
  title,
  help,
  confirmLabel,
  loading,
  onSubmit,
  onClose,
}: {
  title: string;
  help?: string;
  confirmLabel: string;
  loading: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) => {
  const t = useT();
  const translate = useTranslate();
  const id = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  return (
    <Dialog open onClose={onClose} aria-labelledby={id} fullWidth maxWidth="sm">
      <DialogTitle id={id}>{title}</DialogTitle>
      <DialogContent>
        {help ? <DialogContentText sx={{ mb: 2 }}>{help}</DialogContentText> : null}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={t('reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && missing}
          helperText={touched && missing ? t('required') : ' '}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          loading={loading}
          onClick={() => (missing ? setTouched(true) : onSubmit(reason.trim()))}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
