import {
  Alert,
  Box,
  Card,
  CardContent,
  Divider,
  Grid,
  List as MuiList,
  ListItem,
  ListItemText,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactElement, type ReactNode } from 'react';
import {
  EditButton,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumChoices } from '../../fields/choices';
import { PersonalField } from '../../fields/PersonalField';
import { enumLabelKey } from '../../i18n/enum-messages';
import { mayField } from '../../auth/access';
import { useSessionState } from '../../fidele-context';
import type { ContactRecord, ContactsDataProvider } from './contacts-data-provider';
import { SynopsisTable } from './SynopsisTable';
import { ContactProfile } from './ContactProfile';
import { ContactSales } from './ContactSales';
import { ContactValue } from './ContactValue';
import { ContactMessages } from './ContactMessages';
import { countryName } from './country-name';
import { PluginSlot } from '../../slots/PluginSlot';

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} variant="outlined">
      <CardContent>
        <Typography id={id} variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const CivilityLabel = ({ value }: { value: string }) => <>{useTranslate()(enumLabelKey('Civility', value))}</>;

/** The contact's country by its name in the admin's language ("France"), not its code. */
const CountryName = () => {
  const code = useRecordContext<ContactRecord>()?.countryCode;
  const [locale] = useLocaleState();
  return <Typography variant="body2">{countryName(code, locale) ?? '—'}</Typography>;
};

const Field = ({ source, children }: { source: string; children: ReactElement }) => (
  <Grid size={{ xs: 12, sm: 6, md: 4 }}>
    <Labeled label={`resources.contacts.fields.${source}`}>{children}</Labeled>
  </Grid>
);

const Identity = () => (
  <Section title="fidele.contacts.identity">
    <Grid container spacing={1}>
      <Field source="kind">
        <SelectField source="kind" choices={enumChoices('ContactKind')} />
      </Field>
      <Field source="civility">
        <PersonalField source="civility" render={(v) => <CivilityLabel value={String(v)} />} />
      </Field>
      <Field source="lastName">
        <PersonalField source="lastName" />
      </Field>
      <Field source="firstName">
        <PersonalField source="firstName" />
      </Field>
      <Field source="companyName">
        <PersonalField source="companyName" />
      </Field>
      <Field source="jobTitle">
        <PersonalField source="jobTitle" />
      </Field>
      <Field source="email">
        <PersonalField source="email" />
      </Field>
      <Field source="phone">
        <PersonalField source="phone" />
      </Field>
      <Field source="mobile">
        <PersonalField source="mobile" />
      </Field>
      <Field source="addressLine1">
        <PersonalField source="addressLine1" />
      </Field>
      <Field source="postalCode">
        <PersonalField source="postalCode" />
      </Field>
      <Field source="city">
        <PersonalField source="city" />
      </Field>
      <Field source="countryCode">
        <CountryName />
      </Field>
      <Field source="brandId">
        <ReferenceField source="brandId" reference="brands" link={false} />
      </Field>
      <Field source="zoneId">
        <ReferenceField source="zoneId" reference="zones" link={false} />
      </Field>
      <Field source="sourceActionId">
        <ReferenceField source="sourceActionId" reference="actions" link="show" emptyText="—" />
      </Field>
      <Field source="relationOfId">
        <ReferenceField source="relationOfId" reference="contacts" link="show" emptyText="—" />
      </Field>
      <Field source="pipelineStage">
        <SelectField source="pipelineStage" choices={enumChoices('PipelineStage')} emptyText="—" />
      </Field>
      <Field source="updatedAt">
        <LocaleDateField source="updatedAt" showTime />
      </Field>
    </Grid>
  </Section>
);

/** Confidential fields that hold a catalog value, shown with its label rather than its code. */
const confidentialEnums: Record<string, 'IncomeBand' | 'MaritalStatus' | 'ClassRank'> = {
  incomeBand: 'IncomeBand',
  maritalStatus: 'MaritalStatus',
  grossMarginClass: 'ClassRank',
};

const EnumValue = ({
  source,
  enumName,
}: {
  source: string;
  enumName: 'IncomeBand' | 'MaritalStatus' | 'ClassRank';
}) => {
  const value = useRecordContext<Record<string, string | null>>()?.[source];
  const translate = useTranslate();
  return <Typography variant="body2">{value ? translate(enumLabelKey(enumName, value)) : '—'}</Typography>;
};

/** The confidential fields, each present only when the role may read it (as the server published). */
const Confidential = () => {
  const translate = useTranslate();
  const permissions = useSessionState()?.permissions;
  const fields = ['incomeBand', 'maritalStatus', 'discountRate', 'grossMarginClass'].filter((f) =>
    mayField(permissions, `Contact.${f}`),
  );
  if (fields.length === 0) return null;
  return (
    <Section title="fidele.contacts.confidential">
      <Grid container spacing={1}>
        {fields.map((f) => (
          <Field key={f} source={f}>
            {f in confidentialEnums ? (
              <EnumValue source={f} enumName={confidentialEnums[f]!} />
            ) : (
              <TextField source={f} emptyText="—" />
            )}
          </Field>
        ))}
      </Grid>
      <Typography variant="caption" color="text.secondary">
        {translate('fidele.contacts.confidential_help')}
      </Typography>
    </Section>
  );
};

function useContactQuery<T>(name: string, fn: (dp: ContactsDataProvider, id: ContactRecord['id']) => Promise<T>) {
  const record = useRecordContext<ContactRecord>();
  const dataProvider = useDataProvider<DataProvider & ContactsDataProvider>();
  return useQuery({
    queryKey: ['contacts', name, record?.id],
    queryFn: () => fn(dataProvider, record!.id),
    enabled: !!record,
  });
}

const Timeline = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useContactQuery('timeline', (dp, id) => dp.getContactTimeline(id));
  if (isPending) return <Skeleton variant="rectangular" height={120} />;
  if (error || !data) return <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <ContactSales />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title="fidele.contacts.activities">
          {data.activities.edges.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.contacts.no_activities')}
            </Typography>
          ) : (
            <MuiList dense disablePadding>
              {data.activities.edges.map(({ node }) => (
                <ListItem key={node.id} disableGutters>
                  <ListItemText
                    primary={node.subject}
                    secondary={`${new Date(node.occurredAt).toLocaleDateString(locale)} · ${node.type}${node.author ? ` · ${node.author.firstName} ${node.author.lastName}` : ''}`}
                  />
                </ListItem>
              ))}
            </MuiList>
          )}
          <Typography variant="caption" color="text.secondary">
            {translate('fidele.contacts.count', { count: data.activities.totalCount })}
          </Typography>
        </Section>
      </Grid>
    </Grid>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/**
 * A contact: identity, profile, confidential fields the role may read, value (classes, FRAT, stored value, response
 * rate), the sections other plugins add (slot `contacts.show`: consents, scores...), the synoptic table, the messages
 * sent (for the roles that read delivery logs), the sales with their lines, and activities.
 */
export const ContactShow = () => (
  <Show actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Identity />
        <ContactProfile />
        <Confidential />
        <ContactValue />
        {/* Sections of other plugins: consents, scores... */}
        <PluginSlot name="contacts.show" />
        <Divider />
        <SynopsisTable />
        <ContactMessages />
        <Timeline />
      </Stack>
    </Box>
  </Show>
);
