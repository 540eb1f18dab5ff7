export { createFideleClient, type FideleClient, type FideleClientOptions } from './client.js';
export { FideleError, type FideleErrorCode, type FideleErrorEntry } from './errors.js';
export * from './generated/graphql.js';
