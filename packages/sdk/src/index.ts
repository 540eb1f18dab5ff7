export {
  createFideleClient,
  type Connection,
  type FideleClient,
  type FideleClientOptions,
  type FideleDocument,
  type FideleMethods,
  type FideleMethodsWithErrors,
  type FideleResult,
  type VariablesArg,
} from './client.js';
export {
  downloadDocument,
  uploadDocument,
  type DocumentTransport,
  type DocumentUpload,
  type UploadedDocument,
} from './documents.js';
export { contactsExportUrl, type ContactsExportDownload, type ContactsExportRequest } from './download.js';
export {
  FideleError,
  isFideleError,
  isWithheld,
  type FideleErrorCode,
  type FideleErrorEntry,
  type FideleFieldProblem,
} from './errors.js';
/** Typed operations: `ContactsDocument`, `ContactsQuery`, `ContactsQueryVariables`, inputs and enums. */
export * from './generated/graphql.js';
/** The access rules the schema declares on fields (`@auth`, `@purpose`), as data. */
export { fieldAccess, type RestrictedField } from './generated/access.js';
/**
 * Every type of the schema with its documentation (`Schema.Contact`, `Schema.ApiKeyInput`), including the access
 * rule of each restricted field ("Confidential: readable by ...", "Personal: ...").
 */
export type * as Schema from './generated/schema.js';
