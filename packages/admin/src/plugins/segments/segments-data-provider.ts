import {
  CreatePressureRuleDocument,
  PurposesDocument,
  CreateSegmentDocument,
  DeletePressureRuleDocument,
  DeleteSegmentDocument,
  FreezeSegmentDocument,
  PressureRulesDocument,
  PreviewSegmentDocument,
  SegmentDocument,
  SegmentMembersDocument,
  SegmentsDocument,
  TargetActionDocument,
  TargetingRunDocument,
  UpdateSegmentDocument,
  type ExclusionReason,
  type FideleClient,
  type PressureRuleInput,
  type PressureRulesQuery,
  type PreviewSegmentQuery,
  type SegmentCriteriaInput,
  type SegmentFieldsFragment,
  type SegmentFilter,
  type SegmentKind,
  type SegmentMembersQuery,
  type SegmentOrderField,
  type TargetActionInput,
  type TargetActionMutation,
  type TargetingRunQuery,
} from '@fidele/sdk';
import type { DataProvider, Identifier } from 'react-admin';
import { asList } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';
import { fromCriteria, toCriteria, type CriteriaForm } from './criteria-form';

export type SegmentPreview = PreviewSegmentQuery['previewSegment'];
export type TargetingReport = TargetActionMutation['targetAction'];
export type TargetingRunReport = Extract<NonNullable<TargetingRunQuery['node']>, { __typename?: 'TargetingRun' }>;
export type PressureRule = PressureRulesQuery['pressureRules'][number];
export type SegmentMembers = Extract<NonNullable<SegmentMembersQuery['node']>, { contacts: unknown }>['contacts'];

export interface SegmentsDataProvider {
  previewSegment(criteria: SegmentCriteriaInput): Promise<SegmentPreview>;
  getPurposeCodes(): Promise<{ code: string; name: string }[]>;
  getSegmentMembers(id: Identifier, first: number): Promise<SegmentMembers | null>;
  freezeSegment(id: Identifier): Promise<SegmentFieldsFragment>;
  targetAction(input: TargetActionInput): Promise<TargetingReport>;
  getTargetingRun(id: string, reason?: ExclusionReason[]): Promise<TargetingRunReport | null>;
  getPressureRules(): Promise<PressureRule[]>;
  createPressureRule(input: PressureRuleInput): Promise<PressureRule>;
  deletePressureRule(id: string, version: number): Promise<string>;
}

const segmentSortFields: Record<string, SegmentOrderField> = {
  id: 'ID',
  name: 'NAME',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

/** Form record → the API's segment input: the builder's fields become `criteria`. */
function segmentInput(data: Record<string, unknown>) {
  const { name, description, kind, brandId, criteria } = data as {
    name: string;
    description?: string;
    kind?: SegmentKind;
    brandId?: string | null;
    criteria?: CriteriaForm;
  };
  return {
    name,
    description: description || null,
    kind: kind ?? 'DYNAMIC',
    brand: brandId || null,
    criteria: toCriteria(criteria ?? {}),
  };
}

/** API error paths → the builder's form sources, so each message shows under its input. */
const rename: Record<string, string> = {
  brand: 'brandId',
  ...Object.fromEntries(
    ['minPurchases', 'maxPurchases', 'minRevenue', 'maxRevenue'].map((k) => [
      `criteria.purchases.0.${k}`,
      `criteria.${k}`,
    ]),
  ),
  'criteria.purchases.0.period': 'criteria.purchasedTo',
  'criteria.consents.0': 'criteria.consents',
};

/** The `segments` connection and lookup, and the record the builder edits. */
function segmentsResource(client: FideleClient) {
  // The builder edits the criteria as form fields; the stored JSON stays at hand as criteriaJson.
  const toRecord = (node: SegmentFieldsFragment) => ({
    ...node,
    brandId: node.brand?.id ?? null,
    criteria: fromCriteria(node.criteria),
    criteriaJson: node.criteria,
  });
  const segments = connectionResource({
    resource: 'segments',
    list: async (v) => {
      const r = await client.executeWithErrors(SegmentsDocument, v);
      return { data: r.data.segments, errors: r.errors };
    },
    one: async (id) => {
      const r = await client.executeWithErrors(SegmentDocument, { id });
      const node = r.data.node && 'name' in r.data.node ? (r.data.node as SegmentFieldsFragment) : null;
      return { data: node, errors: r.errors };
    },
    filter: (f: Record<string, unknown>) => ({
      ...(typeof f.q === 'string' && f.q.trim() ? { search: f.q.trim() } : {}),
      ...(asList(f.kind as string) ? { kind: asList(f.kind as string) as SegmentFilter['kind'] } : {}),
    }),
    sortFields: segmentSortFields,
    toRecord: (node) => toRecord(node),
  });
  return { toRecord, segments };
}

/**
 * `segments` on `segments` / `node`, written with createSegment, updateSegment and deleteSegment; the builder's
 * live count (previewSegment), freezing, targeting an action with its report, and the pressure rules.
 */
export function createSegmentsDataProvider(client: FideleClient): Partial<DataProvider> & SegmentsDataProvider {
  const { toRecord, segments } = segmentsResource(client);
  return recordProvider<Partial<DataProvider> & SegmentsDataProvider>({
    getList: (r, p) => segments.getList!(r, p),
    getOne: (r, p) => segments.getOne!(r, p),
    getMany: (r, p) => segments.getMany!(r, p),
    getManyReference: (r, p) => segments.getManyReference!(r, p),
    create: (_r, { data }) =>
      raErrors(async () => {
        const { createSegment } = await client.execute(CreateSegmentDocument, { input: segmentInput(data) });
        segments.clear();
        return { data: toRecord(createSegment) };
      }, rename),
    update: (_r, { id, data, previousData }) =>
      raErrors(async () => {
        const { updateSegment } = await client.execute(UpdateSegmentDocument, {
          id: String(id),
          version: (previousData as { version: number }).version,
          input: segmentInput(data),
        });
        segments.clear();
        return { data: toRecord(updateSegment) };
      }, rename),
    delete: (_r, { id, previousData }) =>
      raErrors(async () => {
        await client.execute(DeleteSegmentDocument, {
          id: String(id),
          version: (previousData as unknown as { version: number }).version,
        });
        segments.clear();
        return { data: previousData };
      }),
    getPurposeCodes: () =>
      raErrors(async () =>
        (await client.execute(PurposesDocument)).purposes.map((p) => ({ code: p.code, name: p.name })),
      ),
    previewSegment: (criteria) =>
      raErrors(async () => (await client.execute(PreviewSegmentDocument, { criteria, first: 5 })).previewSegment),
    getSegmentMembers: (id, first) =>
      raErrors(async () => {
        const { node } = await client.execute(SegmentMembersDocument, { id: String(id), first });
        return node && 'contacts' in node ? node.contacts : null;
      }),
    freezeSegment: (id) =>
      raErrors(async () => {
        const { freezeSegment } = await client.execute(FreezeSegmentDocument, { id: String(id) });
        segments.clear();
        return freezeSegment;
      }),
    targetAction: (input) =>
      raErrors(async () => (await client.execute(TargetActionDocument, { input, exclusions: 20 })).targetAction),
    getTargetingRun: (id, reason) =>
      raErrors(async () => {
        const { node } = await client.execute(TargetingRunDocument, { id, ...(reason ? { reason } : {}) });
        return node && 'candidateCount' in node ? (node as TargetingRunReport) : null;
      }),
    getPressureRules: () => raErrors(async () => (await client.execute(PressureRulesDocument)).pressureRules),
    createPressureRule: (input) =>
      raErrors(async () => (await client.execute(CreatePressureRuleDocument, { input })).createPressureRule),
    deletePressureRule: (id, version) =>
      raErrors(async () => (await client.execute(DeletePressureRuleDocument, { id, version })).deletePressureRule),
  });
}
