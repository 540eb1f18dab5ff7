/**
 * Writes that change who may read what. The access layer decides from rows of the database: consent and its
 * purposes, a contact's brand, zone and state (deleted, merged, erased), staff users' roles, brands and zones, API
 * keys and their grants, document shares, field stewardship. A read replica that has not replayed such a write
 * would answer as if it had not happened (a withdrawn consent still granted, a revoked share still open), so a
 * write to these rows holds every principal's reads on the primary until the replicas have replayed it
 * (read-replicas.ts). Detected on the SQL the driver sends, so that no write path can forget to say so.
 */

/** Tables any write to which changes an access decision. Add here a table the access layer comes to read. */
const ACCESS_TABLES = new Set([
  'ConsentEvent',
  'ConsentState',
  'Purpose',
  'RolePurpose',
  'StaffUser',
  'StaffUserBrand',
  'StaffUserZone',
  'ApiKey',
  'ApiKeyCapability',
  'ApiKeyPurpose',
  'ApiKeyBrand',
  'DocumentUserAccess',
  'DocumentRoleAccess',
  'StewardedField',
  'ContactChannelPreference',
  'Brand',
  'Zone',
]);

/** The columns of a contact the row rules read: a new contact changes no decision, an update of these does. */
const CONTACT_ACCESS_COLUMNS = /"(brandId|zoneId|deletedAt|mergedIntoId|erasedAt)"\s*=/;

const WRITE = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"?\w+"?\.)?"(\w+)"/gi;

/** True when the statement writes rows the access layer reads (a conservative reading: a false alarm only costs
 * reads on the primary for a moment, a miss would serve a withdrawn consent). */
export function changesAccess(sql: string): boolean {
  for (const [, verb, table] of sql.matchAll(WRITE)) {
    if (ACCESS_TABLES.has(table!)) return true;
    if (table === 'Contact' && !/^INSERT/i.test(verb!) && (/^DELETE/i.test(verb!) || CONTACT_ACCESS_COLUMNS.test(sql)))
      return true;
  }
  return false;
}
