import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** How many contacts were scanned, and previous / next page (the server pages forward only: cursors are kept). */
export const DuplicatesPager = ({
  scanned,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  scanned: number | undefined;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 1, mt: 1 }}>
      {scanned !== undefined ? (
        <Typography variant="caption" color="text.secondary">
          {translate('fidele.duplicates.scanned', { smart_count: scanned })}
        </Typography>
      ) : null}
      <Button size="small" disabled={!hasPrevious} onClick={onPrevious}>
        {translate('fidele.duplicates.previous')}
      </Button>
      <Button size="small" disabled={!hasNext} onClick={onNext}>
        {translate('fidele.duplicates.next')}
      </Button>
    </Box>
  );
};
