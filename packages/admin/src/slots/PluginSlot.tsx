import { Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useSlot } from '../fidele-context';
import { WidgetErrorBoundary } from '../dashboard/WidgetErrorBoundary';

/**
 * Renders the components plugins added to the slot `name` that the user may use, in plugin order. Each renders in
 * the context of the page that offers the slot (a record, a list).
 *
 * @example <PluginSlot name="contacts.show" /> // the contact's page: consents, scores...
 */
export const PluginSlot = ({ name }: { name: string }) => {
  const items = useSlot(name);
  return (
    <>
      {items.map(({ id, component: Component }) => (
        // One broken plugin component must not blank the page that hosts it.
        <WidgetErrorBoundary key={id}>
          <Component />
        </WidgetErrorBoundary>
      ))}
    </>
  );
};

/** Whether any component of the slot `name` is available to the user. */
export const useHasSlot = (name: string): boolean => useSlot(name).length > 0;

/** A titled card, a region named by its title (translated), as the contact's page's sections are. */
export const Section = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} variant="outlined">
      <CardContent>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography id={id} variant="h6" component="h2" gutterBottom sx={{ flex: 1 }}>
            {translate(title)}
          </Typography>
          {action}
        </div>
        {children}
      </CardContent>
    </Card>
  );
};
