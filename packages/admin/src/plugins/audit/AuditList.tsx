import { Chip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  Datagrid,
  DateInput,
  FilterButton,
  List,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  useRecordContext,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumChoices } from '../../fields/choices';
import { enumLabelKey } from '../../i18n/enum-messages';
import { usePurposeLabel } from '../../i18n/purpose-labels';
import type { AuditDataProvider, AuditEntryRecord } from './audit-data-provider';

/** The actor filter: the staff users by name. */
const ActorInput = (props: { source: string; alwaysOn?: boolean }) => {
  const dp = useDataProvider<DataProvider & AuditDataProvider>();
  const { data } = useQuery({
    queryKey: ['audit', 'actors'],
    queryFn: () => dp.getAuditActors(),
    staleTime: 5 * 60_000,
  });
  const choices = (data ?? []).map((u) => ({ id: u.id, name: `${u.lastName} ${u.firstName} (${u.email})` }));
  return <SelectInput {...props} choices={choices} isPending={!data} sx={{ minWidth: 240 }} />;
};

const filters = [
  <ActorInput key="actor" source="actorUser" alwaysOn />,
  <TextInput key="entity" source="entity" alwaysOn />,
  <SelectArrayInput
    key="operation"
    source="operation"
    choices={enumChoices('AuditOperation')}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <SelectArrayInput
    key="outcome"
    source="outcome"
    choices={enumChoices('AuditOutcome')}
    alwaysOn
    sx={{ minWidth: 160 }}
  />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
];

const Actor = (_props: { label?: string }) => {
  const translate = useTranslate();
  const r = useRecordContext<AuditEntryRecord>();
  if (!r) return null;
  if (r.actorUser) return <span>{`${r.actorUser.firstName} ${r.actorUser.lastName}`}</span>;
  if (r.apiKey) return <span>{`${r.apiKey.name} (${r.apiKey.prefix})`}</span>;
  return <span>{translate(enumLabelKey('ActorType', r.actorType))}</span>;
};

const Outcome = (_props: { label?: string }) => {
  const translate = useTranslate();
  const r = useRecordContext<AuditEntryRecord>();
  if (!r) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={r.outcome === 'ALLOWED' ? 'success' : r.outcome === 'DENIED' ? 'warning' : 'error'}
      label={translate(enumLabelKey('AuditOutcome', r.outcome))}
      title={r.errorCode ?? undefined}
    />
  );
};

/** The rows an entry concerns: its one id, or the first of the rows a request read alike and how many more. */
const Rows = (_props: { label?: string }) => {
  const r = useRecordContext<AuditEntryRecord>();
  const ids = r?.entityIds.length ? r.entityIds : r?.entityId ? [r.entityId] : [];
  return ids.length ? (
    <Typography variant="body2" component="span" title={ids.join(', ')}>
      {ids.slice(0, 3).join(', ')}
      {ids.length > 3 ? ` … (+${ids.length - 3})` : ''}
    </Typography>
  ) : (
    <>—</>
  );
};

const Fields = (_props: { label?: string }) => {
  const r = useRecordContext<AuditEntryRecord>();
  return r?.fields.length ? (
    <Typography variant="body2" component="span" title={r.fields.join(', ')}>
      {r.fields.slice(0, 4).join(', ')}
      {r.fields.length > 4 ? '…' : ''}
    </Typography>
  ) : null;
};

/** The purpose declared, in the reader's language (a custom purpose by its name). */
const Purpose = (_: { label: string }) => {
  const r = useRecordContext<AuditEntryRecord>();
  const purposeLabel = usePurposeLabel();
  return r?.purpose ? <>{purposeLabel(r.purpose)}</> : <>—</>;
};

/** Who did or read what, for which purpose, with what outcome: newest first, filtered by actor, entity, operation, outcome and dates. */
export const AuditList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
    exporter={false}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <LocaleDateField source="at" showTime sortable={false} />
      <Actor label="resources.auditLog.fields.actorUser" />
      <SelectField source="operation" choices={enumChoices('AuditOperation')} sortable={false} />
      <TextField source="operationName" sortable={false} emptyText="—" />
      <TextField source="entity" sortable={false} />
      <Rows label="resources.auditLog.fields.entityId" />
      <Fields label="resources.auditLog.fields.fields" />
      <Purpose label="resources.auditLog.fields.purpose" />
      <Outcome label="resources.auditLog.fields.outcome" />
    </Datagrid>
  </List>
);
