import type { TaskFieldsFragment, TaskStatus } from '@fidele/sdk';
import CheckIcon from '@mui/icons-material/Check';
import { Button } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  Datagrid,
  DateTimeInput,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumValues } from '../../api/enum-values';
import { enumValueChoices } from '../../fields/choices';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { TasksDataProvider } from './tasks-data-provider';

export const taskStatuses = enumValues<TaskStatus>()('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');
const statusChoices = enumValueChoices('TaskStatus', taskStatuses);

/** Marks the row's task done, for open tasks. */
const CompleteButton = () => {
  const record = useRecordContext<Pick<TaskFieldsFragment, 'id' | 'version' | 'status'>>();
  const dp = useDataProvider<DataProvider & TasksDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || record.status === 'DONE' || record.status === 'CANCELLED') return null;
  return (
    <Button
      size="small"
      startIcon={<CheckIcon />}
      onClick={async (e) => {
        e.stopPropagation();
        try {
          await dp.completeTask(record.id, record.version);
          notify('fidele.tasks.completed', { type: 'success' });
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
        refresh();
      }}
    >
      {translate('fidele.tasks.complete')}
    </Button>
  );
};

const filters = [
  <BooleanInput key="mine" source="mine" label="fidele.tasks.mine" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn />,
];

/** "My tasks" by default (the `mine` filter on), open and in progress, by due date; a button completes a task. */
export const TaskList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ mine: true, status: ['OPEN', 'IN_PROGRESS'] }}
    sort={{ field: 'dueDate', order: 'ASC' }}
    perPage={25}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <LocaleDateField source="dueDate" showTime />
      <TextField source="title" />
      <StatusLabel source="status" />
      <ReferenceField source="contactId" reference="contacts" link="show" emptyText="—" sortable={false} />
      <ReferenceField source="actionId" reference="actions" link="show" emptyText="—" sortable={false} />
      <TextField source="assignee.lastName" label="resources.tasks.fields.assigneeId" sortable={false} />
      <CompleteButton />
    </Datagrid>
  </List>
);

const StatusLabel = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{record ? translate(enumLabelKey('TaskStatus', record[source])) : null}</>;
};

const contactInput = (
  <ReferenceInput source="contactId" reference="contacts">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} label="resources.tasks.fields.contactId" />
  </ReferenceInput>
);
const actionInput = (
  <ReferenceInput source="actionId" reference="actions">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} label="resources.tasks.fields.actionId" />
  </ReferenceInput>
);

/** A task about a contact, an action or both (the server refuses neither); assigned to you unless you choose. */
export const TaskCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline fullWidth />
      <DateTimeInput source="dueDate" validate={required()} />
      <DateTimeInput source="remindAt" />
      {contactInput}
      {actionInput}
    </SimpleForm>
  </Create>
);

export const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline fullWidth />
      <DateTimeInput source="dueDate" validate={required()} />
      <DateTimeInput source="remindAt" />
      <SelectInput source="status" choices={statusChoices} validate={required()} />
    </SimpleForm>
  </Edit>
);
