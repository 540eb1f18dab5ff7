import PolicyIcon from '@mui/icons-material/PolicyOutlined';
import { Button, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFideleAdmin, useSessionState } from '../fidele-context';
import { usePurposeLabel } from '../i18n/purpose-labels';

/**
 * The access purpose the requests declare (`x-fidele-purpose`), picked among those the role may use. Personal
 * fields resolve only for contacts whose consent covers it, so changing it reloads every query.
 */
export const PurposeMenu = () => {
  const { session } = useFideleAdmin();
  const state = useSessionState();
  const translate = useTranslate();
  const purposeLabel = usePurposeLabel();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!state) return null;
  const purposes = state.permissions.purposes;
  const name = purposeLabel;
  const current = state.purpose ? name(state.purpose) : translate('fidele.purpose.none');
  return (
    <>
      <Tooltip title={translate('fidele.purpose.help')}>
        <Button
          color="inherit"
          startIcon={<PolicyIcon />}
          aria-label={translate('fidele.purpose.label', { purpose: current })}
          aria-haspopup="menu"
          onClick={(e) => setAnchor(e.currentTarget)}
          sx={{ textTransform: 'none' }}
          disabled={purposes.length < 2}
        >
          {current}
        </Button>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {purposes.map((code) => (
          <MenuItem
            key={code}
            selected={code === state.purpose}
            onClick={() => {
              setAnchor(null);
              session.setPurpose(code);
              void queryClient.invalidateQueries();
            }}
          >
            <ListItemText primary={name(code)} secondary={code} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
