import { Box, Divider, Typography } from '@mui/material';
import { AppBar, TitlePortal } from 'react-admin';
import { useFideleAdmin } from '../fidele-context';

/** react-admin's app bar with the product's name before the page title; its toolbar keeps the language menu. */
export const FideleAppBar = () => {
  const { title } = useFideleAdmin();
  return (
    <AppBar>
      <Box sx={{ display: 'flex', alignItems: 'center', flex: 1, minWidth: 0, gap: 1.5 }}>
        <Typography component="span" variant="h6" sx={{ fontWeight: 700, letterSpacing: '0.02em', whiteSpace: 'nowrap' }}>
          {title}
        </Typography>
        <Divider orientation="vertical" flexItem sx={{ my: 1.5, borderColor: 'currentColor', opacity: 0.35 }} />
        <TitlePortal variant="subtitle1" />
      </Box>
    </AppBar>
  );
};
