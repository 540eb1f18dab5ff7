import {
  AssignSubjectRequestDocument,
  CompleteSubjectRequestDocument,
  ExtendSubjectRequestDocument,
  LogSubjectRequestDocument,
  MarkPartnerNoticeSentDocument,
  RejectSubjectRequestDocument,
  StaffUsersDocument,
  SubjectRequestDocument,
  SubjectRequestsDocument,
  SubjectRequestsOverdueDocument,
  type FideleClient,
  type LogSubjectRequestInput,
  type StaffUsersQuery,
  type SubjectRequestDetailFragment,
  type SubjectRequestRowFragment,
  type SubjectRequestStatus,
  type SubjectRequestType,
} from '@fidele/sdk';
import { HttpError } from 'react-admin';
import { raErrors } from '../../api/ra-errors';

export type SubjectRequestRow = SubjectRequestRowFragment;
export type SubjectRequestDetail = SubjectRequestDetailFragment;
export type Handler = StaffUsersQuery['staffUsers'][number];

/** The list's filter: statuses (none: all) and overdue only. */
export interface SubjectRequestFilter {
  status?: SubjectRequestStatus[];
  overdue?: boolean;
}

/** The "log a request" form: `receivedAt` is a `YYYY-MM-DD` day (the request arrived that day, 00:00 UTC). */
export interface LogForm {
  type: SubjectRequestType | '';
  receivedAt: string;
  notes?: string | null;
}

/** How many requests the list page shows (the soonest due first; the server caps a page at 100). */
export const PAGE_SIZE = 100;

/** The subject-requests plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type SubjectRequestsDataProvider = {
  getSubjectRequests(filter: SubjectRequestFilter): Promise<{ total: number; rows: SubjectRequestRow[] }>;
  getSubjectRequest(id: string): Promise<SubjectRequestDetail>;
  getSubjectRequestsOverdue(): Promise<number>;
  /** Staff users a request can be assigned to. */
  getSubjectRequestHandlers(): Promise<Handler[]>;
  logSubjectRequest(contact: string, form: LogForm): Promise<SubjectRequestDetail>;
  assignSubjectRequest(r: Versioned, handler: string): Promise<SubjectRequestDetail>;
  extendSubjectRequest(r: Versioned, reason: string): Promise<SubjectRequestDetail>;
  completeSubjectRequest(r: Versioned): Promise<SubjectRequestDetail>;
  rejectSubjectRequest(r: Versioned, reason: string): Promise<SubjectRequestDetail>;
  markPartnerNoticeSent(id: string): Promise<void>;
};

/** A request as read: its id and the version a change must send back. */
export type Versioned = Pick<SubjectRequestRow, 'id' | 'version'>;

/** The form → the API's input: the day as its first instant in UTC, trimmed notes, blanks left out. */
export function toLogInput(contact: string, form: LogForm): LogSubjectRequestInput {
  const notes = form.notes?.trim();
  return {
    contact,
    type: form.type as SubjectRequestType,
    receivedAt: `${form.receivedAt}T00:00:00.000Z`,
    ...(notes ? { notes } : {}),
  };
}

/** The file name of a request's artefact download: its type and receipt day. */
export const artefactFileName = (r: Pick<SubjectRequestRow, 'type' | 'receivedAt'>): string =>
  `subject-request-${r.type.toLowerCase()}-${r.receivedAt.slice(0, 10)}.json`;

/** Only the id and version of a request (a whole row would send unknown variables). */
const idv = (r: Versioned) => ({ id: r.id, version: r.version });

const notFound = () => new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });

/** Subject requests on the SDK (admins only: the server answers FORBIDDEN to anyone else). */
export function createSubjectRequestsDataProvider(client: FideleClient): SubjectRequestsDataProvider {
  return {
    getSubjectRequests: (filter) =>
      raErrors(async () => {
        const { subjectRequests } = await client.execute(SubjectRequestsDocument, {
          first: PAGE_SIZE,
          ...(filter.status?.length ? { status: filter.status } : {}),
          ...(filter.overdue ? { overdue: true } : {}),
        });
        return { total: subjectRequests.totalCount, rows: subjectRequests.edges.map((e) => e.node) };
      }),
    getSubjectRequest: (id) =>
      raErrors(async () => {
        const { subjectRequest } = await client.execute(SubjectRequestDocument, { id });
        if (!subjectRequest) throw notFound();
        return subjectRequest;
      }),
    getSubjectRequestsOverdue: () =>
      raErrors(async () => (await client.execute(SubjectRequestsOverdueDocument)).subjectRequestsOverdue),
    getSubjectRequestHandlers: () => raErrors(async () => (await client.execute(StaffUsersDocument)).staffUsers),
    logSubjectRequest: (contact, form) =>
      raErrors(
        async () =>
          (await client.execute(LogSubjectRequestDocument, { input: toLogInput(contact, form) })).logSubjectRequest,
      ),
    assignSubjectRequest: (r, handler) =>
      raErrors(
        async () => (await client.execute(AssignSubjectRequestDocument, { ...idv(r), handler })).assignSubjectRequest,
      ),
    extendSubjectRequest: (r, reason) =>
      raErrors(
        async () => (await client.execute(ExtendSubjectRequestDocument, { ...idv(r), reason })).extendSubjectRequest,
      ),
    completeSubjectRequest: (r) =>
      raErrors(async () => (await client.execute(CompleteSubjectRequestDocument, idv(r))).completeSubjectRequest),
    rejectSubjectRequest: (r, reason) =>
      raErrors(
        async () => (await client.execute(RejectSubjectRequestDocument, { ...idv(r), reason })).rejectSubjectRequest,
      ),
    markPartnerNoticeSent: (id) =>
      raErrors(async () => {
        await client.execute(MarkPartnerNoticeSentDocument, { id });
      }),
  };
}
