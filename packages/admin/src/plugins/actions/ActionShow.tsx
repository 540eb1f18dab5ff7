import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import {
  BooleanField,
  Datagrid,
  EditButton,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { enumChoices } from '../../fields/choices';
import { ActionPerformancePanel } from './ActionPerformancePanel';
import { ActionSequence } from './ActionSequence';
import type { ActionDetail } from './actions-data-provider';
import { PluginSlot } from '../../slots/PluginSlot';

const Products = () => {
  const record = useRecordContext<ActionDetail>();
  const translate = useTranslate();
  return (
    <Card component="section" variant="outlined" aria-label={translate('fidele.actions.products')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fidele.actions.products')}
        </Typography>
        {record?.products?.length ? (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {record.products.map((p) => (
              <Chip key={p.id} label={`${p.code} · ${p.name}`} />
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('fidele.actions.no_products')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

const Targets = () => {
  const translate = useTranslate();
  return (
    <Card component="section" variant="outlined" aria-label={translate('fidele.actions.targets')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fidele.actions.targets')}
        </Typography>
        <ReferenceManyField
          reference="targets"
          target="action"
          perPage={10}
          pagination={<Pagination />}
          sort={{ field: 'targetedAt', order: 'DESC' }}
        >
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <ReferenceField
              source="contactId"
              reference="contacts"
              link="show"
              label="fidele.actions.contact"
              sortable={false}
            />
            <LocaleDateField source="targetedAt" label="fidele.actions.targeted_at" />
            <BooleanField source="inControlGroup" label="fidele.actions.control" sortable={false} />
            <BooleanField source="responded" label="fidele.actions.responded" sortable={false} />
            <BooleanField source="converted" label="fidele.actions.converted" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};

export const ActionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="medium" choices={enumChoices('ActionMedium')} />
      <SelectField source="status" choices={enumChoices('ActionStatus')} />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" emptyText="—" />
      <LocaleNumberField source="cost" options={{ style: 'currency', currency: 'EUR' }} />
      <TextField source="targetDescription" emptyText="—" />
    </SimpleShowLayout>
    <Box sx={{ p: 2 }}>
      <Stack spacing={2}>
        <ActionPerformancePanel />
        <ActionSequence />
        {/* Sections of other plugins: documents... */}
        <PluginSlot name="actions.show" />
        <Products />
        <Targets />
      </Stack>
    </Box>
  </Show>
);
