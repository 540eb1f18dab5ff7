import { Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { PlanPanel } from './PlanPanel';
import { PurgePanel } from './PurgePanel';
import { RulesPanel } from './RulesPanel';

/**
 * The Retention page (administrators): the rules (months and switch per contact kind and purpose), the dry run
 * (what will be purged and when), and the purge runs (start one, follow it, past runs).
 */
export const RetentionPage = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('fidele.retention.title')} />
      <RulesPanel />
      <PlanPanel />
      <PurgePanel />
    </Stack>
  );
};
