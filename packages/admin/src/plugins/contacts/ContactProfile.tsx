import { Grid, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { PersonalField } from '../../fields/PersonalField';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import type { ContactRecord } from './contacts-data-provider';

type EnumName = Parameters<typeof enumLabelKey>[0];

/** Fields of the contact that hold an API enum, shown with its label. */
const enumFields: Record<string, EnumName> = {
  language: 'Language',
  prospectPriority: 'ProspectPriority',
  relationType: 'RelationType',
  businessSector: 'BusinessSector',
  bankType: 'BankType',
  commercialService: 'CommercialService',
  distributionType: 'DistributionType',
  journalistBeat: 'JournalistBeat',
  endReason: 'EndReason',
};

export const Field = ({ source, children }: { source: string; children: ReactElement }) => (
  <Grid size={{ xs: 12, sm: 6, md: 4 }} data-field={source}>
    <Labeled label={`resources.contacts.fields.${source}`}>{children}</Labeled>
  </Grid>
);

/** An enum value's label ('—' when none). */
export const EnumValue = ({ source, name }: { source: string; name: EnumName }) => {
  const value = useRecordContext<Record<string, string | null>>()?.[source];
  const translate = useTranslate();
  return <Typography variant="body2">{value ? translate(enumLabelKey(name, value)) : '—'}</Typography>;
};

/** The interests, each by its label. */
const Interests = () => {
  const record = useRecordContext<ContactRecord>();
  const translate = useTranslate();
  const labels = (record?.interests ?? []).map((i) => translate(enumLabelKey('Interest', i)));
  return <Typography variant="body2">{labels.length ? labels.join(', ') : '—'}</Typography>;
};

/** The staff member following the contact. */
const Owner = () => {
  const owner = useRecordContext<ContactRecord>()?.owner;
  return <Typography variant="body2">{owner ? `${owner.firstName} ${owner.lastName}` : '—'}</Typography>;
};

/**
 * What the API knows of the contact beyond its identity (issue 21): the commercial profile, the counts and dates of
 * the relationship. Personal fields (fax, address lines) show why they
 * are withheld, like the identity's.
 */
export const ContactProfile = () => (
  <Section title="fidele.contacts.profile">
    <Grid container spacing={1}>
      {(['addressLine2', 'addressLine3', 'fax'] as const).map((source) => (
        <Field key={source} source={source}>
          <PersonalField source={source} />
        </Field>
      ))}
      {Object.entries(enumFields).map(([source, name]) => (
        <Field key={source} source={source}>
          <EnumValue source={source} name={name} />
        </Field>
      ))}
      <Field source="interests">
        <Interests />
      </Field>
      <Field source="estimatedPotential">
        <LocaleNumberField source="estimatedPotential" options={{ style: 'currency', currency: 'EUR' }} emptyText="—" />
      </Field>
      <Field source="contactsMadeCount">
        <LocaleNumberField source="contactsMadeCount" emptyText="—" />
      </Field>
      <Field source="meetingsCount">
        <LocaleNumberField source="meetingsCount" emptyText="—" />
      </Field>
      <Field source="owner">
        <Owner />
      </Field>
      {(['firstContactAt', 'firstSaleAt', 'createdAt'] as const).map((source) => (
        <Field key={source} source={source}>
          <LocaleDateField source={source} emptyText="—" />
        </Field>
      ))}
    </Grid>
  </Section>
);
