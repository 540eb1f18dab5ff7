import { Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../../slots/PluginSlot';
import { ProposalTable, useStewardship } from './ProposalsPage';

/** The history of proposed changes of the contact (slot `contacts.show`); shown only when there is one. */
export const ContactProposals = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const dp = useStewardship();
  const { data, isPending } = useQuery({
    queryKey: ['stewardship', 'contact', record?.id],
    queryFn: () => dp.getContactProposals(record!.id),
    enabled: !!record,
  });
  if (isPending) return <Skeleton height={40} />;
  if (!data?.length) return null;
  return (
    <Section title="fidele.stewardship.contact_history">
      {data.length ? (
        <ProposalTable rows={data} label={translate('fidele.stewardship.contact_history')} />
      ) : (
        <Typography />
      )}
    </Section>
  );
};
