import type { FollowUpCondition } from '@fidele/sdk';
import { Grid } from '@mui/material';
import type { ReactNode } from 'react';
import { FormDataConsumer, NumberInput, ReferenceInput, SelectInput, useRecordContext } from 'react-admin';
import { enumValues } from '../../api/enum-values';
import { enumValueChoices } from '../../fields/choices';

/** The API's FollowUpCondition values in the form's order, labelled by the shared enum messages. */
export const followUpConditions = enumValues<FollowUpCondition>()('NO_RESPONSE', 'RESPONDED', 'ALL');
export const followUpConditionChoices = enumValueChoices('FollowUpCondition', followUpConditions);

/** The API takes Int here: a fraction would be refused as a malformed request rather than under the input. */
const wholeNumber = (v: unknown) =>
  v === null || v === undefined || v === '' || Number.isInteger(v) ? undefined : 'fidele.actions.whole_number';

const Cell = ({ children }: { children: ReactNode }) => <Grid size={{ xs: 12, sm: 6, md: 4 }}>{children}</Grid>;

/**
 * Campaign inputs of an action: its priority under a pressure cap, its attribution window, and the action it
 * follows up. The previous action is offered among those of the same brand; the condition and the delay appear
 * only once one is chosen. The server checks the rest (no cycle, not starting before, delay range) and its
 * messages show under each input.
 */
export const ActionSequenceInputs = () => {
  const record = useRecordContext<{ brandId?: string | null }>();
  return (
    <Grid container spacing={2} sx={{ width: '100%' }}>
      <Cell>
        <NumberInput source="priority" step={1} validate={wholeNumber} fullWidth />
      </Cell>
      <Cell>
        <NumberInput source="attributionWindowDays" step={1} validate={wholeNumber} fullWidth />
      </Cell>
      <FormDataConsumer<{ brandId?: string | null; previousActionId?: string | null }>>
        {({ formData }) => {
          const brandId = formData.brandId ?? record?.brandId ?? null;
          return (
            <>
              <Cell>
                <ReferenceInput
                  source="previousActionId"
                  reference="actions"
                  filter={brandId ? { brandId } : {}}
                  sort={{ field: 'startDate', order: 'DESC' }}
                >
                  <SelectInput
                    optionText={(a: { code: string; name: string }) => `${a.code} · ${a.name}`}
                    emptyText="—"
                    fullWidth
                  />
                </ReferenceInput>
              </Cell>
              {formData.previousActionId ? (
                <>
                  <Cell>
                    <SelectInput source="followUpCondition" choices={followUpConditionChoices} fullWidth />
                  </Cell>
                  <Cell>
                    <NumberInput source="followUpDelayDays" min={0} fullWidth />
                  </Cell>
                </>
              ) : null}
            </>
          );
        }}
      </FormDataConsumer>
    </Grid>
  );
};
