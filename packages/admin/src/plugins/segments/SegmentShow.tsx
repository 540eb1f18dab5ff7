import AcUnitIcon from '@mui/icons-material/AcUnit';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { Link } from 'react-router';
import type { SegmentsDataProvider } from './segments-data-provider';
import { TargetActionDialog } from './TargetActionDialog';
import { kindChoices } from './segment-choices';

/** The first members you may see, with the total. */
const Members = () => {
  const record = useRecordContext<{ id: string; version: number }>();
  const translate = useTranslate();
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['segments', 'members', record?.id, record?.version],
    enabled: !!record,
    queryFn: () => dp.getSegmentMembers(record!.id, 25),
  });
  return (
    <Card component="section" variant="outlined" aria-label={translate('fidele.segments.members')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fidele.segments.members')}
          {data ? ` (${data.totalCount})` : ''}
        </Typography>
        {isPending ? (
          <Skeleton variant="rectangular" height={120} />
        ) : error || !data ? (
          <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
        ) : data.edges.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('fidele.segments.no_members')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('fidele.segments.report.contact')}</TableCell>
                <TableCell>{translate('fidele.segments.city')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableCell>
                    <Link to={`/contacts/${encodeURIComponent(node.id)}/show`}>
                      {[node.firstName, node.lastName].filter(Boolean).join(' ') ||
                        node.companyName ||
                        translate('fidele.segments.withheld')}
                    </Link>
                  </TableCell>
                  <TableCell>{node.city ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

const Actions = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queries = useQueryClient();
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  const [open, setOpen] = useState(false);
  const { canAccess: mayTarget } = useCanAccess({ resource: 'segments', action: 'edit' });
  const freeze = async () => {
    try {
      const s = await dp.freezeSegment(record!.id);
      notify('fidele.segments.frozen', { type: 'success', messageArgs: { smart_count: s.memberCount ?? 0 } });
      await queries.invalidateQueries({ queryKey: ['segments'] });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <TopToolbar>
      <EditButton />
      {mayTarget && (
        <>
          <Button startIcon={<AcUnitIcon />} onClick={freeze}>
            {translate('fidele.segments.freeze')}
          </Button>
          <Button variant="contained" startIcon={<SendIcon />} onClick={() => setOpen(true)}>
            {translate('fidele.segments.target.open')}
          </Button>
          {record && <TargetActionDialog segmentId={record.id} open={open} onClose={() => setOpen(false)} />}
        </>
      )}
    </TopToolbar>
  );
};

export const SegmentShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <SelectField source="kind" choices={kindChoices} />
      <LocaleNumberField source="count" />
      <LocaleNumberField source="memberCount" emptyText="—" />
      <LocaleDateField source="frozenAt" showTime emptyText="—" />
      <ReferenceField source="brandId" reference="brands" link={false} emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
    <Box sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Members />
      </Stack>
    </Box>
  </Show>
);
