import { Avatar, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import type { SvgIconComponent } from '@mui/icons-material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';

export interface CountCardProps {
  /** Translation key of the title. */
  title: string;
  icon: SvgIconComponent;
  color: 'primary' | 'secondary' | 'success' | 'warning' | 'info' | 'error';
  /** Undefined while loading. */
  value?: number;
  /** The value as displayed (formatted for the current language). */
  formatted?: string;
  /** A line under the value. */
  caption?: string;
  /** True when the overview could not be loaded. */
  failed?: boolean;
}

/**
 * A key figure. The card is a region named by its title; the figure is a `<data>` element holding the raw number,
 * so that tests and assistive technologies read it without parsing a localised string.
 */
export const CountCard = ({ title, icon: Icon, color, value, formatted, caption, failed }: CountCardProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} sx={{ width: '100%' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Avatar
            variant="rounded"
            sx={{
              bgcolor: (theme) => theme.palette[color].main,
              color: (theme) => theme.palette[color].contrastText,
              width: 48,
              height: 48,
            }}
          >
            <Icon />
          </Avatar>
          <Stack sx={{ minWidth: 0, flex: 1 }}>
            <Typography
              id={titleId}
              variant="body2"
              color="text.secondary"
              component="h2"
              sx={{ fontWeight: 500 }}
              noWrap
            >
              {translate(title)}
            </Typography>
            {value === undefined ? (
              <Skeleton variant="text" width={failed ? 0 : 96} sx={{ fontSize: '2rem' }}>
                {failed ? '—' : null}
              </Skeleton>
            ) : (
              <Typography variant="h4" component="p" sx={{ fontWeight: 600, lineHeight: 1.2 }}>
                <data value={value}>{formatted ?? value}</data>
              </Typography>
            )}
          </Stack>
        </Stack>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, minHeight: '1.66em' }} noWrap>
          {value === undefined ? (failed ? translate('fidele.widget.load_error') : '') : (caption ?? '')}
        </Typography>
      </CardContent>
    </Card>
  );
};
