import {
  DeleteDocumentDocument,
  DocumentsDocument,
  GrantDocumentAccessDocument,
  RevokeDocumentAccessDocument,
  StaffUsersDocument,
  downloadDocument,
  uploadDocument,
  type DocumentFieldsFragment,
  type FideleClient,
  type Role,
} from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { raErrors } from '../../api/ra-errors';
import type { Session } from '../../api/session';

export type DocumentRow = DocumentFieldsFragment;
/** What a document is attached to. */
export type DocumentOwner = { contact: string } | { action: string };

export const documentRoles = enumValues<Role>()('ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST');

/** The documents plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type DocumentsDataProvider = {
  getDocuments(owner: DocumentOwner): Promise<DocumentRow[]>;
  uploadDocument(owner: DocumentOwner, file: File): Promise<void>;
  /** The file's bytes, to save: the download route wants the token in a header, so no plain link. */
  downloadDocument(row: DocumentRow): Promise<{ fileName: string; blob: Blob }>;
  setDocumentAccess(row: DocumentRow, users: string[], roles: Role[]): Promise<DocumentRow>;
  deleteDocument(row: DocumentRow): Promise<void>;
  getDocumentStaff(): Promise<{ id: string; name: string }[]>;
};

/**
 * Documents of a contact or an action. Uploads and downloads go through the plain HTTP routes (POST /documents,
 * GET /documents/<id>) with the session's token and purpose, read at each call; the rest through GraphQL.
 */
export function createDocumentsDataProvider(
  client: FideleClient,
  apiUrl: string,
  session: Session,
): DocumentsDataProvider {
  const transport = () => {
    const s = session.get();
    return { url: apiUrl, token: s?.token ?? '', ...(s?.purpose ? { purpose: s.purpose } : {}) };
  };
  return {
    getDocuments: (owner) =>
      raErrors(async () => {
        const filter = 'contact' in owner ? { contact: [owner.contact] } : { action: [owner.action] };
        return (await client.execute(DocumentsDocument, { filter, first: 200 })).documents.edges.map((e) => e.node);
      }),
    uploadDocument: (owner, file) =>
      raErrors(async () => void (await uploadDocument(transport(), { ...owner, fileName: file.name, body: file }))),
    downloadDocument: (row) => raErrors(async () => downloadDocument(transport(), row.id)),
    // Access is a set: grant what is new, revoke what was removed, in two calls.
    setDocumentAccess: (row, users, roles) =>
      raErrors(async () => {
        const had = { users: row.sharedWithUsers.map((u) => u.id), roles: row.sharedWithRoles };
        const revoke = {
          users: had.users.filter((u) => !users.includes(u)),
          roles: had.roles.filter((r) => !roles.includes(r)),
        };
        let doc = row;
        if (revoke.users.length || revoke.roles.length)
          doc = (await client.execute(RevokeDocumentAccessDocument, { id: row.id, ...revoke })).revokeDocumentAccess;
        const grant = {
          users: users.filter((u) => !had.users.includes(u)),
          roles: roles.filter((r) => !had.roles.includes(r)),
        };
        if (grant.users.length || grant.roles.length)
          doc = (await client.execute(GrantDocumentAccessDocument, { id: row.id, ...grant })).grantDocumentAccess;
        return doc;
      }),
    deleteDocument: (row) =>
      raErrors(async () => void (await client.execute(DeleteDocumentDocument, { id: row.id, version: row.version }))),
    getDocumentStaff: () =>
      raErrors(async () =>
        (await client.execute(StaffUsersDocument)).staffUsers.map((u) => ({
          id: u.id,
          name: `${u.firstName} ${u.lastName} (${u.role})`,
        })),
      ),
  };
}
