import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import { Box, Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { AppBar, LoadingIndicator, LocalesMenuButton, Logout, TitlePortal, UserMenu, useTranslate } from 'react-admin';
import { PurposeMenu } from '../auth/PurposeMenu';
import { useFideleAdmin, useSessionState } from '../fidele-context';

/** The user's role, first in the user menu. */
const RoleItem = () => {
  const state = useSessionState();
  const translate = useTranslate();
  if (!state) return null;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemIcon>
        <BadgeIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={translate(`fidele.enum.Role.${state.user.role}`)} secondary={state.user.email} />
    </MenuItem>
  );
};

/**
 * react-admin's app bar with the product's name before the page title; its toolbar holds the purpose the requests
 * declare and the language; the user menu says who is logged in, with which role. Always on (react-admin hides it
 * on scroll by default): the purpose every request declares stays in sight on the long record pages.
 */
export const FideleAppBar = () => {
  const { title } = useFideleAdmin();
  return (
    <AppBar
      alwaysOn
      toolbar={
        <>
          <PurposeMenu />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
      userMenu={
        <UserMenu>
          <RoleItem />
          <Logout />
        </UserMenu>
      }
    >
      <Box sx={{ display: 'flex', alignItems: 'center', flex: 1, minWidth: 0, gap: 1.5 }}>
        <Typography
          component="span"
          variant="h6"
          sx={{ fontWeight: 700, letterSpacing: '0.02em', whiteSpace: 'nowrap' }}
        >
          {title}
        </Typography>
        <Divider orientation="vertical" flexItem sx={{ my: 1.5, borderColor: 'currentColor', opacity: 0.35 }} />
        <TitlePortal variant="subtitle1" />
      </Box>
    </AppBar>
  );
};
