import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useResourceDefinitions,
} from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { useMayRun } from '../../fidele-context';
import { Typography } from '@mui/material';
import { enumChoices } from '../../fields/choices';
import { PersonalField, WithheldChip } from '../../fields/PersonalField';
import type { ContactRecord } from './contacts-data-provider';
import { PluginSlot, useHasSlot } from '../../slots/PluginSlot';
import { ScoreValueField, StoredValuesProvider } from './ScoreValueField';

const baseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="kind" source="kind" choices={enumChoices('ContactKind')} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="brand" source="brandId" reference="brands" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="zone" source="zoneId" reference="zones">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="source" source="sourceActionId" reference="actions">
    <AutocompleteInput
      optionText={(a: { code: string; name: string }) => `${a.code} · ${a.name}`}
      sx={{ minWidth: 260 }}
    />
  </ReferenceInput>,
  <SelectArrayInput key="stage" source="pipelineStage" choices={enumChoices('PipelineStage')} sx={{ minWidth: 180 }} />,
  <TextInput key="postal" source="postalCodePrefix" />,
];

/** A saved segment: offered when the segments plugin serves its resource. */
const segmentFilter = (
  <ReferenceInput key="segment" source="segmentId" reference="segments">
    <SelectInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>
);

/**
 * RFM segment in the latest completed score snapshot (the admin's all-brands one, or a brand's). Offered to the
 * roles the server lets read scores; the server keeps contacts without profiling consent out of it.
 */
const rfmFilters = [
  <SelectArrayInput key="rfm" source="rfmSegment" choices={enumChoices('RfmSegment')} sx={{ minWidth: 200 }} />,
  <ReferenceInput key="frat" source="fratCategoryId" reference="productCategories">
    <SelectInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  // Stored with the snapshot (BG/NBD + Gamma-Gamma, 52 weeks): probability 0 to 1, CLV in the currency.
  <NumberInput key="aliveMin" source="probabilityAliveMin" min={0} max={1} step={0.05} />,
  <NumberInput key="aliveMax" source="probabilityAliveMax" min={0} max={1} step={0.05} />,
  <NumberInput key="clvMin" source="predictedValueMin" min={0} />,
  <NumberInput key="clvMax" source="predictedValueMax" min={0} />,
  <ReferenceInput key="rfmBrand" source="rfmBrandId" reference="brands">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

function useFilters() {
  const hasSegments = 'segments' in useResourceDefinitions();
  const mayReadScores = useMayRun('contactScores');
  return [...baseFilters, ...(hasSegments ? [segmentFilter] : []), ...(mayReadScores ? rfmFilters : [])];
}

/** "Last name First name", or why the name is withheld. */
export const ContactName = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ContactRecord>();
  if (!record) return null;
  const withheld = record._withheld?.lastName ?? record._withheld?.firstName;
  if (withheld && !record.lastName && !record.firstName) return <WithheldChip code={withheld} />;
  return (
    <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
      {[record.lastName, record.firstName].filter(Boolean).join(' ') || '—'}
    </Typography>
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    {/* Other plugins' list actions (the server-side export...). */}
    <PluginSlot name="contacts.listActions" />
  </TopToolbar>
);

/** The bulk actions other plugins add (slot `contacts.bulkActions`); no selection check boxes when there is none. */
const useBulkActions = () => (useHasSlot('contacts.bulkActions') ? <PluginSlot name="contacts.bulkActions" /> : false);

/**
 * Contacts: search and filters (kind, brand, zone, source action, pipeline stage, postal code, saved segment, RFM
 * segment), sortable columns (for analytics roles also the stored probability still active and predicted value, with
 * their sort), and the bulk actions and list actions of other plugins (slots `contacts.bulkActions`, `contacts.listActions`).
 */
export const ContactList = () => (
  // No client-side export: contacts leave the system only through the server's audited, consent-filtered export.
  <List
    filters={useFilters()}
    actions={<ListActions />}
    exporter={false}
    sort={{ field: 'updatedAt', order: 'DESC' }}
    perPage={25}
  >
    <ContactGrid />
  </List>
);

const ContactGrid = () => {
  const bulkActions = useBulkActions();
  // The stored value of the latest snapshot, for the roles that may read (and sort by) scores.
  const mayReadScores = useMayRun('contactScores');
  const grid = (
    <Datagrid rowClick="show" bulkActionButtons={bulkActions}>
      <ContactName source="lastName" label="resources.contacts.fields.name" />
      <PersonalField source="companyName" label="resources.contacts.fields.companyName" />
      <SelectField source="kind" choices={enumChoices('ContactKind')} />
      <PersonalField source="email" label="resources.contacts.fields.email" sortable={false} />
      <PersonalField source="city" label="resources.contacts.fields.city" sortable={false} />
      <TextField source="brand.name" label="resources.contacts.fields.brandId" sortable={false} />
      <SelectField source="pipelineStage" choices={enumChoices('PipelineStage')} sortable={false} />
      <LocaleDateField source="updatedAt" />
      {mayReadScores ? (
        <ScoreValueField source="probabilityAlive" label="resources.contacts.fields.probabilityAlive" />
      ) : null}
      {mayReadScores ? (
        <ScoreValueField source="predictedValue" label="resources.contacts.fields.predictedValue" />
      ) : null}
    </Datagrid>
  );
  return mayReadScores ? <StoredValuesProvider>{grid}</StoredValuesProvider> : grid;
};
