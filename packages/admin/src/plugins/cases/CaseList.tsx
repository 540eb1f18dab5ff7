import {
  BooleanInput,
  Datagrid,
  List,
  ReferenceField,
  SelectArrayInput,
  SelectField,
  TextField,
  TextInput,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { caseCategories, casePriorities, caseStatuses, choices } from './case-choices';

const filters = [
  <SelectArrayInput
    key="status"
    source="status"
    choices={choices('status', caseStatuses)}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <SelectArrayInput
    key="category"
    source="category"
    choices={choices('category', caseCategories)}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <SelectArrayInput
    key="priority"
    source="priority"
    choices={choices('priority', casePriorities)}
    sx={{ minWidth: 160 }}
  />,
  <BooleanInput key="mine" source="mine" />,
  <TextInput key="q" source="q" alwaysOn />,
];

/** Cases by opening date (newest first), filtered by status, category, priority, "mine" and words of the reference or subject. */
export const CaseList = () => (
  <List filters={filters} sort={{ field: 'openedAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="reference" sortable={false} />
      <LocaleDateField source="openedAt" showTime />
      <TextField source="subject" sortable={false} />
      <ReferenceField source="contactId" reference="contacts" link={false} sortable={false} />
      <SelectField source="category" choices={choices('category', caseCategories)} sortable={false} />
      <SelectField source="priority" choices={choices('priority', casePriorities)} />
      <SelectField source="status" choices={choices('status', caseStatuses)} />
      <TextField source="assignee.lastName" label="resources.cases.fields.assigneeId" sortable={false} emptyText="—" />
      <LocaleNumberField source="resolutionHours" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
