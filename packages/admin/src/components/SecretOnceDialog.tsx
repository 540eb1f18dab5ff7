import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useId } from 'react';
import { useNotify } from 'react-admin';

/** The translated texts of a {@link SecretOnceDialog}; `copied` and `copyFailed` are translation keys for `notify`. */
export interface SecretOnceLabels {
  copy: string;
  done: string;
  copied: string;
  copyFailed: string;
}

/**
 * A secret the server gives back only once (an API key, a webhook signing secret): a warning that it will not be
 * shown again, the secret in a read-only monospace field (selected on focus), a copy button that says whether the
 * clipboard took it, and Done. It has no close-on-backdrop: only Done (`onClose`) dismisses it, so that a stray
 * click does not lose the secret.
 */
export const SecretOnceDialog = ({
  title,
  warning,
  label,
  secret,
  labels,
  onClose,
}: {
  title: string;
  warning: string;
  /** The field's label: what the secret belongs to. */
  label: string;
  secret: string;
  labels: SecretOnceLabels;
  onClose: () => void;
}) => {
  const notify = useNotify();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      notify(labels.copied, { type: 'success' });
    } catch {
      notify(labels.copyFailed, { type: 'warning' });
    }
  };
  return (
    <Dialog open aria-labelledby={id} maxWidth="sm" fullWidth>
      <DialogTitle id={id}>{title}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {warning}
        </Alert>
        <TextField
          label={label}
          value={secret}
          fullWidth
          slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
          onFocus={(e) => e.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {labels.copy}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {labels.done}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
