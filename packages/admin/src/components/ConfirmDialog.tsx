import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Asks before an action that cannot be taken back (revoking a key, rotating a secret): a title, one explanation,
 * Cancel and the confirming button, which spins while `loading`. Texts come translated; closing (Escape, the
 * backdrop, Cancel) calls `onClose`.
 */
export const ConfirmDialog = ({
  title,
  text,
  confirmLabel,
  color,
  loading,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  color?: 'primary' | 'error';
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={id}>
      <DialogTitle id={id}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button color={color} variant="contained" loading={loading} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
