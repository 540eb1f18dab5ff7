import {
  AssignServiceCaseDocument,
  CaseStatisticsDocument,
  ChangeServiceCaseStatusDocument,
  CommentServiceCaseDocument,
  CreateServiceCaseDocument,
  ServiceCaseDocument,
  ServiceCasesDocument,
  type CaseCategory,
  type CasePriority,
  type CaseStatisticsQuery,
  type CaseStatus,
  type FideleClient,
  type ServiceCaseFilter,
  type ServiceCaseOrderField,
} from '@fidele/sdk';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { asList } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';

export const caseSortFields: Record<string, ServiceCaseOrderField> = {
  id: 'ID',
  openedAt: 'OPENED_AT',
  priority: 'PRIORITY',
  status: 'STATUS',
  resolvedAt: 'RESOLVED_AT',
  updatedAt: 'UPDATED_AT',
};

/** react-admin's filter → ServiceCaseFilter. */
export function caseFilter(filter: Record<string, unknown>): ServiceCaseFilter {
  const out: ServiceCaseFilter = {};
  const status = asList(filter.status as CaseStatus[]);
  if (status) out.status = status;
  const category = asList(filter.category as CaseCategory[]);
  if (category) out.category = category;
  const priority = asList(filter.priority as CasePriority[]);
  if (priority) out.priority = priority;
  const contact = asList(filter.contactId as string);
  if (contact) out.contact = contact;
  if (filter.mine === true) out.mine = true;
  if (typeof filter.q === 'string' && filter.q.trim()) out.search = filter.q.trim();
  return out;
}

/** The cases plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type CasesDataProvider = {
  changeCaseStatus(id: Identifier, version: number, status: CaseStatus, comment?: string): Promise<void>;
  assignCase(id: Identifier, version: number, assignee: string | null, comment?: string): Promise<void>;
  commentCase(id: Identifier, comment: string): Promise<void>;
  getCaseStatistics(): Promise<CaseStatisticsQuery['caseStatistics']>;
};

const toRecord = <N extends { id: string }>(node: N) => {
  const n = node as N & { contact?: { id: string } | null };
  return { ...node, contactId: n.contact?.id ?? null };
};

/**
 * The `cases` resource on the SDK: `serviceCases` for lists, `serviceCase` (with history and promises) for a
 * record, `createServiceCase`; custom methods for the workflow, assignment and comments. Errors: see `toRaError`.
 */
export function createCasesDataProvider(client: FideleClient): Partial<DataProvider> & CasesDataProvider {
  const { clear, ...base } = connectionResource({
    resource: 'cases',
    list: (v) =>
      client.executeWithErrors(ServiceCasesDocument, v).then((r) => ({ data: r.data.serviceCases, errors: r.errors })),
    one: (id) =>
      client
        .executeWithErrors(ServiceCaseDocument, { id })
        .then((r) => ({ data: r.data.serviceCase ?? null, errors: r.errors })),
    filter: caseFilter,
    sortFields: caseSortFields,
    toRecord: (node, withheld) => ({ ...toRecord(node), _withheld: withheld }),
  });
  return recordProvider<Partial<DataProvider> & CasesDataProvider>({
    ...base,
    create: (_r, { data }) =>
      raErrors(
        async () => {
          const d = data as Record<string, unknown>;
          const { createServiceCase } = await client.execute(CreateServiceCaseDocument, {
            input: {
              contact: String(d.contactId ?? ''),
              subject: String(d.subject ?? ''),
              category: d.category as CaseCategory,
              ...(d.priority ? { priority: d.priority as CasePriority } : {}),
              ...(d.description ? { description: String(d.description) } : {}),
            },
          });
          clear();
          return { data: toRecord(createServiceCase) as RaRecord };
        },
        { contact: 'contactId' },
      ),
    changeCaseStatus: (id, version, status, comment) =>
      raErrors(async () => {
        await client.execute(ChangeServiceCaseStatusDocument, {
          id: String(id),
          version,
          input: { status, ...(comment ? { comment } : {}) },
        });
        clear();
      }),
    assignCase: (id, version, assignee, comment) =>
      raErrors(async () => {
        await client.execute(AssignServiceCaseDocument, {
          id: String(id),
          version,
          assignee,
          ...(comment ? { comment } : {}),
        });
        clear();
      }),
    commentCase: (id, comment) =>
      raErrors(async () => {
        await client.execute(CommentServiceCaseDocument, { id: String(id), comment });
      }),
    getCaseStatistics: () => raErrors(async () => (await client.execute(CaseStatisticsDocument, {})).caseStatistics),
  });
}
