import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a chart shows when there is nothing to draw yet. */
export const ChartEmpty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Box
      sx={{
        height: '100%',
        display: 'grid',
        placeItems: 'center',
        border: 1,
        borderColor: 'divider',
        borderStyle: 'dashed',
        borderRadius: 1,
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {translate(message)}
      </Typography>
    </Box>
  );
};
