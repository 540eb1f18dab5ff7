import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useDataProvider,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { usePurposeLabel } from '../../i18n/purpose-labels';
import { historyChoices, interestChoices } from './segment-choices';
import { SegmentCountPreview } from './SegmentCountPreview';
import type { SegmentsDataProvider } from './segments-data-provider';

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card component="fieldset" variant="outlined" sx={{ width: '100%', border: 1, borderColor: 'divider', p: 0, m: 0 }}>
      <CardContent>
        <Typography component="legend" variant="subtitle1" gutterBottom>
          {translate(title)}
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {children}
        </Stack>
      </CardContent>
    </Card>
  );
};

const PurposeInput = () => {
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  const purposeLabel = usePurposeLabel();
  const { data } = useQuery({
    queryKey: ['segments', 'purposes'],
    queryFn: () => dp.getPurposeCodes(),
    staleTime: 5 * 60_000,
  });
  return (
    <SelectArrayInput
      source="criteria.consents"
      label="fidele.segments.criteria.consents"
      choices={(data ?? []).map((p) => ({ id: p.code, name: purposeLabel(p) }))}
      sx={{ minWidth: 220 }}
    />
  );
};

/** The contacts filter: kinds, brands, zones, search, postal code, revenue class, interests. */
const ContactCriteria = () => (
  <Section title="fidele.segments.criteria.contacts">
    <SelectArrayInput
      fullWidth={false}
      source="criteria.kinds"
      label="fidele.segments.criteria.kinds"
      choices={enumChoices('ContactKind')}
      sx={{ minWidth: 200 }}
    />
    <ReferenceArrayInput source="criteria.brands" reference="brands">
      <SelectArrayInput
        fullWidth={false}
        label="fidele.segments.criteria.brands"
        optionText="name"
        sx={{ minWidth: 180 }}
      />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="criteria.zones" reference="zones">
      <SelectArrayInput
        fullWidth={false}
        label="fidele.segments.criteria.zones"
        optionText="name"
        sx={{ minWidth: 180 }}
      />
    </ReferenceArrayInput>
    <TextInput
      fullWidth={false}
      source="criteria.search"
      label="fidele.segments.criteria.search"
      helperText="fidele.segments.criteria.personal_help"
    />
    <TextInput fullWidth={false} source="criteria.postalCodePrefix" label="fidele.segments.criteria.postal_code" />
    <SelectArrayInput
      fullWidth={false}
      source="criteria.revenueClasses"
      label="fidele.segments.criteria.revenue_class"
      choices={enumChoices('ClassRank')}
      sx={{ minWidth: 160 }}
    />
    <SelectArrayInput
      fullWidth={false}
      source="criteria.interests"
      label="fidele.segments.criteria.interests"
      choices={interestChoices}
      sx={{ minWidth: 200 }}
    />
  </Section>
);

/** One purchase condition: categories, period, number of purchases, revenue. */
const PurchaseCriteria = () => (
  <Section title="fidele.segments.criteria.purchases">
    <ReferenceArrayInput source="criteria.categories" reference="productCategories">
      <SelectArrayInput
        fullWidth={false}
        label="fidele.segments.criteria.categories"
        optionText="name"
        sx={{ minWidth: 200 }}
      />
    </ReferenceArrayInput>
    <DateInput fullWidth={false} source="criteria.purchasedFrom" label="fidele.segments.criteria.from" />
    <DateInput fullWidth={false} source="criteria.purchasedTo" label="fidele.segments.criteria.to" />
    <NumberInput
      fullWidth={false}
      source="criteria.minPurchases"
      label="fidele.segments.criteria.min_purchases"
      min={0}
    />
    <NumberInput
      fullWidth={false}
      source="criteria.maxPurchases"
      label="fidele.segments.criteria.max_purchases"
      min={0}
    />
    <NumberInput fullWidth={false} source="criteria.minRevenue" label="fidele.segments.criteria.min_revenue" min={0} />
    <NumberInput fullWidth={false} source="criteria.maxRevenue" label="fidele.segments.criteria.max_revenue" min={0} />
  </Section>
);

/** One response condition: an action and the response history. */
const ResponseCriteria = () => (
  <Section title="fidele.segments.criteria.responses">
    <ReferenceInput source="criteria.responseAction" reference="actions">
      <SelectInput
        fullWidth={false}
        label="fidele.segments.criteria.action"
        optionText={(a: { code: string; name: string }) => `${a.code} · ${a.name}`}
        sx={{ minWidth: 240 }}
      />
    </ReferenceInput>
    <SelectInput
      fullWidth={false}
      source="criteria.responseHistory"
      label="fidele.segments.criteria.history"
      choices={historyChoices}
      sx={{ minWidth: 200 }}
    />
  </Section>
);

/** RFM segments (of a brand or all) and consents. */
const ScoreCriteria = () => (
  <Section title="fidele.segments.criteria.scores">
    <SelectArrayInput
      fullWidth={false}
      source="criteria.rfmSegments"
      label="fidele.segments.criteria.rfm_segments"
      choices={enumChoices('RfmSegment')}
      sx={{ minWidth: 220 }}
    />
    <ReferenceInput source="criteria.rfmBrand" reference="brands">
      <SelectInput
        fullWidth={false}
        label="fidele.segments.criteria.rfm_brand"
        optionText="name"
        emptyText="fidele.segments.criteria.all_brands"
        sx={{ minWidth: 180 }}
      />
    </ReferenceInput>
    <PurposeInput />
  </Section>
);

/**
 * The segment builder: the contacts filter, one purchase condition, one response condition, RFM segments and
 * consents, with the live count of the contacts they select (previewSegment, nothing saved).
 */
export const CriteriaInputs = () => (
  <Stack spacing={2} sx={{ width: '100%' }}>
    <FormDataConsumer>{({ formData }) => <SegmentCountPreview criteria={formData.criteria} />}</FormDataConsumer>
    <ContactCriteria />
    <PurchaseCriteria />
    <ResponseCriteria />
    <ScoreCriteria />
  </Stack>
);
