import { Box, Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A card-shaped page section named by its heading (`title` is a translation key): screen readers and browser tests
 * find it as a region of that name. `action` (a button, a filter...) sits at the heading's right and wraps below it
 * on narrow screens.
 */
export const Panel = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1, gap: 1, flexWrap: 'wrap' }}>
          <Typography id={id} variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate(title)}
          </Typography>
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};
