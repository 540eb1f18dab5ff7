import { Alert, Button, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useMayRun } from '../../fidele-context';
import { enumLabelKey } from '../../i18n/enum-messages';
import { translatePurpose } from '../../i18n/purpose-labels';
import { Section } from '../../slots/PluginSlot';
import { ConsentHistory } from './ConsentHistory';
import { consentDecisions, type ConsentDecision } from './consents-data-provider';
import { DecisionDialog } from './DecisionDialog';
import { statusColor } from './statusColor';
import { useConsentsProvider } from './useConsents';

/** Grant, deny, withdraw: the buttons the role may use. */
const DecisionButtons = ({ onDecide }: { onDecide: (d: ConsentDecision) => void }) => {
  const translate = useTranslate();
  const mayGrant = useMayRun('grantConsent');
  const mayDeny = useMayRun('denyConsent');
  const mayWithdraw = useMayRun('withdrawConsent');
  const allowed: Record<ConsentDecision, boolean> = { grant: mayGrant, deny: mayDeny, withdraw: mayWithdraw };
  return (
    <Stack direction="row" spacing={1}>
      {consentDecisions
        .filter((d) => allowed[d])
        .map((d) => (
          <Button
            key={d}
            size="small"
            variant={d === 'grant' ? 'contained' : 'outlined'}
            color={d === 'grant' ? 'primary' : 'inherit'}
            onClick={() => onDecide(d)}
          >
            {translate(`fidele.consents.${d}`)}
          </Button>
        ))}
    </Stack>
  );
};

/**
 * The contact's consents (slot `contacts.show`): the current decision per purpose, the history with source, proof
 * and who recorded it, and buttons to grant, deny or withdraw a purpose for roles that may capture consent.
 */
export const ContactConsents = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<{ id: string }>();
  const dp = useConsentsProvider();
  const { data, isPending, error } = useQuery({
    queryKey: ['consents', 'contact', record?.id],
    queryFn: () => dp.getConsentDetails(record!.id),
    enabled: !!record,
  });
  const [decision, setDecision] = useState<ConsentDecision | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const actions = <DecisionButtons onDecide={setDecision} />;
  return (
    <Section title="fidele.consents.title" action={actions}>
      {isPending ? (
        <Skeleton height={40} />
      ) : error ? (
        <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
      ) : (
        <Stack spacing={2}>
          {data.consents.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.consents.none')}
            </Typography>
          ) : (
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ flexWrap: 'wrap' }}
              aria-label={translate('fidele.consents.title')}
            >
              {data.consents.map((c) => (
                <Chip
                  key={c.purpose.code}
                  label={`${translatePurpose(translate, c.purpose)} · ${translate(enumLabelKey('ConsentStatus', c.status))}`}
                  color={statusColor(c.status)}
                  variant={c.status === 'GRANTED' ? 'filled' : 'outlined'}
                  title={translate('fidele.consents.since', { date: date(c.effectiveFrom) })}
                  data-purpose={c.purpose.code}
                  data-status={c.status}
                />
              ))}
            </Stack>
          )}
          <Typography variant="subtitle2" component="h3">
            {translate('fidele.consents.history')}
          </Typography>
          {data.history.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.consents.no_history')}
            </Typography>
          ) : (
            <ConsentHistory history={data.history} />
          )}
        </Stack>
      )}
      {decision && record ? (
        <DecisionDialog decision={decision} contactId={record.id} onClose={() => setDecision(null)} />
      ) : null}
    </Section>
  );
};
