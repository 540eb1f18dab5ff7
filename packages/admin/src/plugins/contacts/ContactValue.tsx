import { Alert, Grid, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  RecordContextProvider,
  useDataProvider,
  useRecordContext,
  useTranslate,
  type DataProvider,
  type Identifier,
} from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { WithheldChip } from '../../fields/PersonalField';
import { useMayRun } from '../../fidele-context';
import { Section } from '../../slots/PluginSlot';
import type { ContactPageMethods, Profiled } from './contact-page-data';
import { EnumValue, Field } from './ContactProfile';

const money = { style: 'currency', currency: 'EUR' } as const;
const percent = { style: 'percent', maximumFractionDigits: 1 } as const;

/** One figure: its label, and its value or why it is withheld. */
const Figure = ({ name, withheld, children }: { name: string; withheld?: string; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 6, sm: 4, md: 3 }}>
      <Typography variant="caption" component="div" color="text.secondary">
        {translate(`fidele.contacts.value_fields.${name}`)}
      </Typography>
      <Typography variant="body1" component="div" data-figure={name}>
        {withheld ? <WithheldChip code={withheld} /> : children}
      </Typography>
    </Grid>
  );
};

/** A figure read with the contact page's own query, skeleton while it loads. */
function useFigures<T>(name: string, enabled: boolean, read: (dp: ContactPageMethods, id: Identifier) => Promise<T>) {
  const record = useRecordContext();
  const dp = useDataProvider<DataProvider & ContactPageMethods>();
  return useQuery({
    queryKey: ['contacts', name, record?.id],
    queryFn: () => read(dp, record!.id),
    enabled: enabled && !!record,
    retry: false,
  });
}

/** Figures from a `Profiled` answer: loading, error, withheld (each figure says so), none, or the values. */
function profiledBody<T>(
  query: { isPending: boolean; error: Error | null; data?: Profiled<T> },
  names: string[],
  texts: { none: string; error: string },
  render: (value: T) => ReactNode,
): ReactNode {
  if (query.isPending) return <Skeleton height={48} />;
  if (query.error || !query.data) return <Alert severity="error">{texts.error}</Alert>;
  const { value, withheld } = query.data;
  if (withheld) return names.map((n) => <Figure key={n} name={n} withheld={withheld} />);
  if (value === null)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
        {texts.none}
      </Typography>
    );
  return <RecordContextProvider value={{ id: 'figures', ...value }}>{render(value)}</RecordContextProvider>;
}

const fratNames = ['frequency', 'recencyDays', 'monetary', 'fratCategory', 'probabilityAlive', 'scoredValue', 'asOf'];

/** FRAT (frequency, recency, amount, type) and the stored value of the contact's latest snapshot. */
const ScoreFigures = () => {
  const translate = useTranslate();
  const query = useFigures('value', true, (dp, id) => dp.getContactValue(id));
  return (
    <Grid container spacing={2}>
      {profiledBody(
        query,
        fratNames,
        { none: translate('fidele.contacts.not_scored'), error: translate('fidele.widget.load_error') },
        (v) => (
          <>
            <Figure name="frequency">
              <LocaleNumberField source="frequency" />
            </Figure>
            <Figure name="recencyDays">
              {translate('fidele.contacts.days', { smart_count: v.recencyDays, days: v.recencyDays })}
            </Figure>
            <Figure name="monetary">
              <LocaleNumberField source="monetary" options={money} />
            </Figure>
            <Figure name="fratCategory">{v.fratCategory?.name ?? '—'}</Figure>
            <Figure name="probabilityAlive">
              <LocaleNumberField source="probabilityAlive" options={percent} emptyText="—" />
            </Figure>
            <Figure name="scoredValue">
              <LocaleNumberField source="scoredValue" options={money} emptyText="—" />
            </Figure>
            <Figure name="asOf">
              <RecordContextProvider value={v.snapshot}>
                <LocaleDateField source="asOf" />
              </RecordContextProvider>
              {v.snapshot.brand ? ` · ${v.snapshot.brand.name}` : ''}
            </Figure>
          </>
        ),
      )}
    </Grid>
  );
};

/** The personal response rate: responses over the actions that targeted the contact (that the caller may see). */
const ResponseRate = () => {
  const translate = useTranslate();
  const query = useFigures('responseRate', true, (dp, id) => dp.getContactResponseRate(id));
  return (
    <Grid container spacing={2}>
      {profiledBody(
        query,
        ['responseRate'],
        { none: translate('fidele.contacts.no_response_rate'), error: translate('fidele.widget.load_error') },
        (v) => (
          <Figure name="responseRate">
            <LocaleNumberField source="rate" options={percent} emptyText="—" />
            {` (${translate('fidele.contacts.responded_of', { responded: v.responded, targeted: v.targeted })})`}
          </Figure>
        ),
      )}
    </Grid>
  );
};

/**
 * The contact's value (issue 21): its revenue and frequency classes; for the roles the server lets read scores,
 * FRAT and the stored value (probability still active, predicted value) of its latest snapshot, and its personal
 * response rate. Profiling figures of a contact whose consent does not cover profiling show "Consent required".
 */
export const ContactValue = () => {
  const mayScore = useMayRun('contactScore');
  const mayRate = useMayRun('contactResponseRate');
  return (
    <Section title="fidele.contacts.value">
      <Grid container spacing={1} sx={{ mb: 1 }}>
        <Field source="revenueClass">
          <EnumValue source="revenueClass" name="ClassRank" />
        </Field>
        <Field source="frequencyClass">
          <EnumValue source="frequencyClass" name="ClassRank" />
        </Field>
      </Grid>
      {mayScore ? <ScoreFigures /> : null}
      {mayRate ? <ResponseRate /> : null}
    </Section>
  );
};
